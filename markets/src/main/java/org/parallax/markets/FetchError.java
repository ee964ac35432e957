package org.parallax.markets;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a provider request gave nothing: an expected outcome, recorded and shown, never thrown.
 *
 * @param retryAt when the provider asked us to come back (429 or 503 with Retry-After), or null
 */
public record FetchError(Kind kind, String message, Instant retryAt) {

    public enum Kind {
        /** The provider is switched off or not configured (Metaculus without a token). */
        DISABLED,
        /** Refused by our own limiter, or the provider answered 429. */
        RATE_LIMITED,
        TIMEOUT,
        /** The provider answered with a status other than 200. */
        HTTP_STATUS,
        /** The response body was larger than the configured limit. */
        TOO_LARGE,
        /** The response was not the JSON shape the provider documents. */
        BAD_RESPONSE,
        /** The address resolves to a private, loopback or link-local address and that is not allowed. */
        REFUSED_ADDRESS,
        /** Connection failures, DNS failures, resets. */
        NETWORK,
        /** The provider's API has no such operation (Kalshi has no text search). */
        UNSUPPORTED
    }

    public FetchError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public static FetchError of(Kind kind, String message) {
        return new FetchError(kind, message, null);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + message
                + (retryAt != null ? " (retry at " + retryAt + ")" : "");
    }
}
