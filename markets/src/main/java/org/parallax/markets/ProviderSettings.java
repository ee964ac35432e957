package org.parallax.markets;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How Parallax talks to one prediction-market provider.
 *
 * @param enabled          the per-provider switch
 * @param baseUrl          the API root, e.g. {@code https://api.manifold.markets}; tests point it at loopback
 * @param token            the API token (Metaculus requires one), or null
 * @param minInterval      least time between two requests to this provider
 * @param timeout          longest time for one request, connection to last body byte
 * @param maxResponseBytes larger response bodies are abandoned and reported
 * @param maxQuestions     most questions read per refresh
 * @param cacheTtl         how long a question read from the provider is served from memory
 */
public record ProviderSettings(boolean enabled, URI baseUrl, String token, Duration minInterval, Duration timeout,
                               long maxResponseBytes, int maxQuestions, Duration cacheTtl) {

    public ProviderSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(minInterval, "minInterval");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(cacheTtl, "cacheTtl");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("a provider URL must be http(s) with a host: " + baseUrl);
        }
        if (minInterval.isNegative() || timeout.isZero() || timeout.isNegative() || maxResponseBytes < 1
                || maxQuestions < 1 || cacheTtl.isNegative()) {
            throw new IllegalArgumentException("bad provider settings for " + baseUrl);
        }
        token = token == null || token.isBlank() ? null : token.strip();
    }

    /** Defaults for a provider at {@code baseUrl}: on, 1 request a second, 20 s, 8 MiB, 500 questions, 15 min cache. */
    public static ProviderSettings at(String baseUrl) {
        return new ProviderSettings(true, URI.create(baseUrl), null, Duration.ofSeconds(1), Duration.ofSeconds(20),
                8L << 20, 500, Duration.ofMinutes(15));
    }

    public ProviderSettings withEnabled(boolean value) {
        return new ProviderSettings(value, baseUrl, token, minInterval, timeout, maxResponseBytes, maxQuestions, cacheTtl);
    }

    public ProviderSettings withBaseUrl(URI value) {
        return new ProviderSettings(enabled, value, token, minInterval, timeout, maxResponseBytes, maxQuestions, cacheTtl);
    }

    public ProviderSettings withToken(String value) {
        return new ProviderSettings(enabled, baseUrl, value, minInterval, timeout, maxResponseBytes, maxQuestions, cacheTtl);
    }

    public ProviderSettings withMinInterval(Duration value) {
        return new ProviderSettings(enabled, baseUrl, token, value, timeout, maxResponseBytes, maxQuestions, cacheTtl);
    }

    public ProviderSettings withMaxQuestions(int value) {
        return new ProviderSettings(enabled, baseUrl, token, minInterval, timeout, maxResponseBytes, value, cacheTtl);
    }

    /** The settings without the token, for logs and status lines. */
    @Override
    public String toString() {
        return "ProviderSettings[enabled=" + enabled + ", baseUrl=" + baseUrl + ", token=" + (token == null ? "none" : "set")
                + ", minInterval=" + minInterval + ", timeout=" + timeout + ", maxResponseBytes=" + maxResponseBytes
                + ", maxQuestions=" + maxQuestions + ", cacheTtl=" + cacheTtl + "]";
    }
}
