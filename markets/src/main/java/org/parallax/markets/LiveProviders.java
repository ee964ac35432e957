package org.parallax.markets;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.parallax.core.forecast.MarketSource;

/** Builds the live provider clients that the settings switch on, each behind its per-question cache. */
public final class LiveProviders {

    private LiveProviders() {
    }

    /** The enabled providers; Metaculus only with a token. */
    public static List<ForecastProvider> create(LiveForecastSettings settings, InstantSource clock) {
        return create(settings, clock, RateLimiter.Sleeper.REAL);
    }

    static List<ForecastProvider> create(LiveForecastSettings settings, InstantSource clock, RateLimiter.Sleeper sleeper) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        AddressPolicy addresses = new AddressPolicy(settings.allowPrivateAddresses());
        Map<MarketSource, Function<ProviderContext, ForecastProvider>> clients = new EnumMap<>(MarketSource.class);
        clients.put(MarketSource.METACULUS, MetaculusClient::new);
        clients.put(MarketSource.MANIFOLD, ManifoldClient::new);
        clients.put(MarketSource.POLYMARKET, PolymarketClient::new);
        clients.put(MarketSource.KALSHI, KalshiClient::new);
        List<ForecastProvider> out = new ArrayList<>();
        clients.forEach((source, client) -> {
            ProviderSettings provider = settings.of(source);
            if (disabledReason(source, provider) == null) {
                ProviderContext context = new ProviderContext(http, provider, addresses, clock, sleeper, settings.userAgent());
                out.add(new CachedProvider(client.apply(context), provider.cacheTtl(), clock));
            }
        });
        return out;
    }

    /** Why each switched-off provider is off. */
    public static Map<MarketSource, String> disabled(LiveForecastSettings settings) {
        Map<MarketSource, String> out = new EnumMap<>(MarketSource.class);
        for (MarketSource source : List.of(MarketSource.METACULUS, MarketSource.MANIFOLD, MarketSource.POLYMARKET,
                MarketSource.KALSHI)) {
            String reason = disabledReason(source, settings.of(source));
            if (reason != null) {
                out.put(source, reason);
            }
        }
        return out;
    }

    private static String disabledReason(MarketSource source, ProviderSettings provider) {
        if (!provider.enabled()) {
            return "switched off";
        }
        if (source == MarketSource.METACULUS && provider.token() == null) {
            return "no API token (Metaculus's terms require an agreement; set PARALLAX_METACULUS_TOKEN)";
        }
        return null;
    }
}
