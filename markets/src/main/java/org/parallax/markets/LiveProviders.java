package org.parallax.markets;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.parallax.core.forecast.MarketSource;
import org.parallax.fetch.Fetcher;

/** Builds the live provider clients that the settings switch on, each behind its per-question cache. */
public final class LiveProviders {

    private LiveProviders() {
    }

    /** The enabled providers, reading through the one fetch layer; Metaculus only with a token. */
    public static List<ForecastProvider> create(LiveForecastSettings settings, Fetcher fetcher, InstantSource clock) {
        Map<MarketSource, Function<ProviderContext, ForecastProvider>> clients = new EnumMap<>(MarketSource.class);
        clients.put(MarketSource.METACULUS, MetaculusClient::new);
        clients.put(MarketSource.MANIFOLD, ManifoldClient::new);
        clients.put(MarketSource.POLYMARKET, PolymarketClient::new);
        clients.put(MarketSource.KALSHI, KalshiClient::new);
        List<ForecastProvider> out = new ArrayList<>();
        clients.forEach((source, client) -> {
            ProviderSettings provider = settings.of(source);
            if (disabledReason(source, provider) == null) {
                ProviderContext context = new ProviderContext(fetcher, provider, settings.allowPrivateAddresses(), clock);
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
