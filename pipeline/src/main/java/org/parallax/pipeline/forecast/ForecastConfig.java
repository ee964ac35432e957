package org.parallax.pipeline.forecast;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.parallax.core.forecast.MarketSource;
import org.parallax.markets.LiveForecastSettings;
import org.parallax.markets.ProviderSettings;

/**
 * Settings of the live forecast providers, from the environment (see the README):
 * {@code PARALLAX_FORECASTS_LIVE} (on by default: {@code serve} refreshes the enabled providers),
 * {@code PARALLAX_FORECAST_REFRESH_MINUTES} (30), {@code PARALLAX_METACULUS_TOKEN} (Metaculus stays
 * off without one), {@code PARALLAX_FORECAST_<PROVIDER>=on|off} and {@code PARALLAX_FORECAST_<PROVIDER>_URL}
 * for METACULUS, MANIFOLD, POLYMARKET and KALSHI, {@code PARALLAX_FORECAST_MAX_QUESTIONS} and
 * {@code PARALLAX_FORECAST_ALLOW_PRIVATE} (let provider URLs point at private addresses, for mirrors).
 *
 * @param live            whether {@code serve} refreshes live providers at all
 * @param providers       the per-provider switches and limits
 * @param refreshInterval how often each provider is read; after failures the wait doubles, up to six hours
 */
public record ForecastConfig(boolean live, LiveForecastSettings providers, Duration refreshInterval) {

    public static final Duration DEFAULT_REFRESH = Duration.ofMinutes(30);

    public static ForecastConfig defaults() {
        return new ForecastConfig(true, LiveForecastSettings.defaults(), DEFAULT_REFRESH);
    }

    public static ForecastConfig from(Map<String, String> env) {
        LiveForecastSettings settings = LiveForecastSettings.defaults()
                .withAllowPrivateAddresses(flag(env, "PARALLAX_FORECAST_ALLOW_PRIVATE", false));
        for (MarketSource source : new MarketSource[] {MarketSource.METACULUS, MarketSource.MANIFOLD,
                MarketSource.POLYMARKET, MarketSource.KALSHI}) {
            String name = "PARALLAX_FORECAST_" + source.name();
            ProviderSettings provider = settings.of(source).withEnabled(flag(env, name, true));
            String url = env.get(name + "_URL");
            if (url != null && !url.isBlank()) {
                provider = provider.withBaseUrl(URI.create(url.strip()));
            }
            String max = env.get("PARALLAX_FORECAST_MAX_QUESTIONS");
            if (max != null && !max.isBlank()) {
                provider = provider.withMaxQuestions(positive("PARALLAX_FORECAST_MAX_QUESTIONS", max));
            }
            if (source == MarketSource.METACULUS) {
                provider = provider.withToken(env.get("PARALLAX_METACULUS_TOKEN"));
            }
            settings = settings.with(source, provider);
        }
        String minutes = env.get("PARALLAX_FORECAST_REFRESH_MINUTES");
        Duration refresh = minutes == null || minutes.isBlank() ? DEFAULT_REFRESH
                : Duration.ofMinutes(positive("PARALLAX_FORECAST_REFRESH_MINUTES", minutes));
        return new ForecastConfig(flag(env, "PARALLAX_FORECASTS_LIVE", true), settings, refresh);
    }

    private static boolean flag(Map<String, String> env, String name, boolean fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(name + " must be on or off: " + value);
        };
    }

    private static int positive(String name, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1) {
                throw new IllegalArgumentException(name + " must be at least 1: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + value, e);
        }
    }
}
