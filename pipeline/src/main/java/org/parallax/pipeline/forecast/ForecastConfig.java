package org.parallax.pipeline.forecast;

import java.time.Duration;

import org.parallax.markets.LiveForecastSettings;

/**
 * Settings of the live forecast providers (read from the environment by the command's
 * configuration; the variables are in the README).
 *
 * @param live            whether {@code serve} refreshes live providers at all
 * @param providers       the per-provider switches and limits
 * @param refreshInterval how often each provider is read; after failures the wait doubles, up to six hours
 */
public record ForecastConfig(boolean live, LiveForecastSettings providers, Duration refreshInterval) {

    public static final Duration DEFAULT_REFRESH = Duration.ofMinutes(30);
}
