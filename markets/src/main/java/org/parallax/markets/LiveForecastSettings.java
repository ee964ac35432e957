package org.parallax.markets;

import java.util.Objects;

import org.parallax.core.forecast.MarketSource;

/**
 * Settings of the live prediction-market clients, one {@link ProviderSettings} each.
 *
 * @param allowPrivateAddresses let providers resolve to loopback or private addresses (tests and local
 *                              mirrors); off by default
 */
public record LiveForecastSettings(ProviderSettings metaculus, ProviderSettings manifold, ProviderSettings polymarket,
                                   ProviderSettings kalshi, boolean allowPrivateAddresses) {

    public static final String METACULUS_URL = "https://www.metaculus.com";
    public static final String MANIFOLD_URL = "https://api.manifold.markets";
    public static final String POLYMARKET_URL = "https://gamma-api.polymarket.com";
    public static final String KALSHI_URL = "https://api.elections.kalshi.com/trade-api/v2";

    public LiveForecastSettings {
        Objects.requireNonNull(metaculus, "metaculus");
        Objects.requireNonNull(manifold, "manifold");
        Objects.requireNonNull(polymarket, "polymarket");
        Objects.requireNonNull(kalshi, "kalshi");
    }

    /**
     * The public APIs. Metaculus allows 1,000 requests an hour and needs a token (without one it stays
     * off); Manifold about 500 a minute; Polymarket and Kalshi publish no figure for reads, so one a
     * second is kept for all but Metaculus (one every 4 s).
     */
    public static LiveForecastSettings defaults() {
        return new LiveForecastSettings(
                ProviderSettings.at(METACULUS_URL).withMinInterval(java.time.Duration.ofSeconds(4)).withMaxQuestions(300),
                ProviderSettings.at(MANIFOLD_URL),
                ProviderSettings.at(POLYMARKET_URL),
                ProviderSettings.at(KALSHI_URL).withMaxQuestions(1000),
                false);
    }

    public ProviderSettings of(MarketSource source) {
        return switch (source) {
            case METACULUS -> metaculus;
            case MANIFOLD -> manifold;
            case POLYMARKET -> polymarket;
            case KALSHI -> kalshi;
            case INFER -> throw new IllegalArgumentException("INFER has no live client");
        };
    }

    public LiveForecastSettings with(MarketSource source, ProviderSettings settings) {
        return new LiveForecastSettings(
                source == MarketSource.METACULUS ? settings : metaculus,
                source == MarketSource.MANIFOLD ? settings : manifold,
                source == MarketSource.POLYMARKET ? settings : polymarket,
                source == MarketSource.KALSHI ? settings : kalshi,
                allowPrivateAddresses);
    }

    public LiveForecastSettings withAllowPrivateAddresses(boolean value) {
        return new LiveForecastSettings(metaculus, manifold, polymarket, kalshi, value);
    }
}
