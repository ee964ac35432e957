package org.parallax.fetch.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Misbehaviour of a simulated outlet during a window of simulated time.
 *
 * @param retryAfter sent with TOO_MANY_REQUESTS and UNAVAILABLE, else null
 */
public record Fault(Type type, Instant from, Instant until, Duration retryAfter) {
    public enum Type {
        /** The feed answers 429 with Retry-After. */
        TOO_MANY_REQUESTS,
        /** The feed answers 503 with Retry-After. */
        UNAVAILABLE,
        /** The feed does not answer before the client gives up. */
        SLOW,
        /**
         * The feed is replaced by a server error page: HTML that is not well-formed XML (unclosed
         * tags, an HTML entity), sent with a feed content type. No parser can make a feed of it.
         */
        MALFORMED,
        /**
         * The feed is cut off half way: not well-formed. A lenient parser recovers the entries
         * before the cut, a strict one rejects it; either way the rest comes with a later poll.
         */
        TRUNCATED,
        /** The feed is far larger than any feed should be. */
        HUGE,
        /** The feed is a small gzip body that inflates to tens of megabytes. */
        GZIP_BOMB,
        /** The feed redirects to an address that redirects back. */
        REDIRECT_LOOP,
        /** Article pages answer 503 (the feed itself is fine). */
        PAGES_UNAVAILABLE,
        /** Article pages do not answer before the client gives up (the feed itself is fine). */
        PAGES_SLOW
    }

    public Fault {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    public static Fault of(Type type, Instant from, Duration length) {
        Duration retry = type == Type.TOO_MANY_REQUESTS || type == Type.UNAVAILABLE ? Duration.ofMinutes(40) : null;
        return new Fault(type, from, from.plus(length), retry);
    }

    boolean activeAt(Instant time) {
        return !time.isBefore(from) && time.isBefore(until);
    }
}
