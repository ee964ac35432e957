package org.parallax.markets;

import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

import org.parallax.core.forecast.MarketSource;

/** Providers pointed at a fixture server, with no pause between requests and loopback allowed. */
final class Providers {

    private Providers() {
    }

    static ProviderSettings settings(URI base) {
        return ProviderSettings.at(base.toString()).withMinInterval(Duration.ZERO).withTimeout(Duration.ofSeconds(5));
    }

    static LiveForecastSettings allAt(FixtureServer server) {
        LiveForecastSettings d = LiveForecastSettings.defaults();
        return new LiveForecastSettings(settings(server.base("/metaculus")).withToken("secret-token"),
                settings(server.base("/manifold")), settings(server.base("/polymarket")),
                settings(server.base("/kalshi/trade-api/v2")), true, d.userAgent());
    }

    static ForecastProvider one(MarketSource source, LiveForecastSettings settings, InstantSource clock) {
        List<ForecastProvider> all = LiveProviders.create(settings, clock, duration -> { });
        return all.stream().filter(p -> p.source() == source).findFirst().orElseThrow();
    }
}
