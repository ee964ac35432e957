package org.parallax.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How the fetcher behaves.
 *
 * @param userAgent       sent with every request; names Parallax and how to reach its operator
 * @param maxBodyBytes    largest response body read off the wire (a request may ask for less)
 * @param maxDecodedBytes largest body after gzip or deflate decoding (bounds decompression bombs)
 * @param maxRedirects    redirects followed per request
 * @param connectTimeout  time to open a connection
 * @param totalTimeout    the deadline of a whole request: resolving, the host's turn, redirects, the body
 * @param addresses       which addresses may be connected to
 * @param hostDelay       pause between two requests to one host
 * @param retries         further tries of a request that failed in a way that passes (a reset
 *                        connection, 502, 503 or 504 without a long Retry-After), within its deadline
 */
public record FetchSettings(String userAgent, int maxBodyBytes, int maxDecodedBytes, int maxRedirects,
                            Duration connectTimeout, Duration totalTimeout, AddressPolicy addresses,
                            Duration hostDelay, int retries) {
    public static final String PRODUCT_TOKEN = "ParallaxBot";

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(addresses, "addresses");
        if (maxBodyBytes <= 0 || maxDecodedBytes <= 0 || maxRedirects < 0 || retries < 0) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
        if (!connectTimeout.isPositive() || !totalTimeout.isPositive() || hostDelay.isNegative()) {
            throw new IllegalArgumentException("fetch timeouts must be positive and the host delay not negative");
        }
    }

    /**
     * Defaults for reading the public web: 10 MiB on the wire, 20 MiB decoded, 5 redirects,
     * 10 s to connect, 30 s per request (everything included: resolving, waiting for the host's
     * turn, redirects, the body), public addresses only, 2 s between requests to a host, 1 retry.
     *
     * @param contact a URL (or mailto:) where site owners can reach whoever runs this Parallax
     */
    public static FetchSettings defaults(String contact) {
        return new FetchSettings(userAgent(contact), 10 * 1024 * 1024, 20 * 1024 * 1024, 5, Duration.ofSeconds(10),
                Duration.ofSeconds(30), AddressPolicy.publicOnly(), Duration.ofSeconds(2), 1);
    }

    /** "ParallaxBot/0.1 (+CONTACT; news reader)", the form crawlers identify themselves in. */
    public static String userAgent(String contact) {
        return PRODUCT_TOKEN + "/0.1 (+" + contact + "; news reader)";
    }

    public FetchSettings withAddresses(AddressPolicy policy) {
        return new FetchSettings(userAgent, maxBodyBytes, maxDecodedBytes, maxRedirects, connectTimeout, totalTimeout,
                policy, hostDelay, retries);
    }

    public FetchSettings withTimeouts(Duration connect, Duration total) {
        return new FetchSettings(userAgent, maxBodyBytes, maxDecodedBytes, maxRedirects, connect, total, addresses,
                hostDelay, retries);
    }

    public FetchSettings withHostDelay(Duration delay) {
        return new FetchSettings(userAgent, maxBodyBytes, maxDecodedBytes, maxRedirects, connectTimeout, totalTimeout,
                addresses, delay, retries);
    }

    public FetchSettings withLimits(int bodyBytes, int decodedBytes, int redirects) {
        return new FetchSettings(userAgent, bodyBytes, decodedBytes, redirects, connectTimeout, totalTimeout, addresses,
                hostDelay, retries);
    }
}
