package org.parallax.markets;

import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

import org.parallax.core.forecast.MarketSource;
import org.parallax.fetch.FetchSettings;
import org.parallax.fetch.Fetcher;
import org.parallax.fetch.HostPacer;
import org.parallax.fetch.HostResolver;

/** Providers pointed at a fixture server, with no pause between requests and loopback allowed. */
final class Providers {

    private Providers() {
    }

    /** The defaults of {@link ProviderSettings#at} (a 15-minute cache among them), with no pause between requests. */
    static ProviderSettings settings(URI base) {
        // 20 s: generous, a busy machine is slow to start a client
        return limited(base, Duration.ofSeconds(20), ProviderSettings.at(base.toString()).maxResponseBytes());
    }

    /** As {@link #settings}, with the request time and body size a test sets. */
    static ProviderSettings limited(URI base, Duration timeout, long maxResponseBytes) {
        ProviderSettings defaults = ProviderSettings.at(base.toString());
        return new ProviderSettings(true, defaults.baseUrl(), null, Duration.ZERO, timeout, maxResponseBytes,
                defaults.maxQuestions(), defaults.cacheTtl());
    }

    static LiveForecastSettings allAt(FixtureServer server) {
        return new LiveForecastSettings(settings(server.base("/metaculus")).withToken("secret-token"),
                settings(server.base("/manifold")), settings(server.base("/polymarket")),
                settings(server.base("/kalshi/trade-api/v2")), true);
    }

    /** The fetch layer with its public-only default policy (providers bring their own) and no real waits. */
    static Fetcher fetcher(InstantSource clock) {
        FetchSettings settings = FetchSettings.defaults("https://parallax.invalid/test").withHostDelay(java.time.Duration.ZERO);
        return new Fetcher(settings, HostResolver.system(), new HostPacer(settings.hostDelay(), clock, duration -> { }),
                clock);
    }

    static ForecastProvider one(MarketSource source, LiveForecastSettings settings, InstantSource clock) {
        List<ForecastProvider> all = LiveProviders.create(settings, fetcher(clock), clock);
        return all.stream().filter(p -> p.source() == source).findFirst().orElseThrow();
    }
}
