package org.parallax.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/** What came of a request: a body, "not modified", a refusal by Parallax's own rules, or a failure. */
public sealed interface FetchOutcome {

    /**
     * A 200 response.
     *
     * @param finalUrl     where the body came from, after redirects
     * @param contentType  the Content-Type header, or null
     * @param body         the decoded body
     * @param etag         validators for the next conditional request, or null
     * @param maxAge       how long the response may be reused (Cache-Control max-age or Expires), or null
     * @param elapsed      time spent on the network (waiting for the host's turn excluded)
     */
    record Fetched(URI finalUrl, String contentType, byte[] body, String etag, String lastModified, Duration maxAge,
                   Duration elapsed) implements FetchOutcome {
        /** The charset parameter of the Content-Type header, or null. */
        public String charset() {
            if (contentType == null) {
                return null;
            }
            for (String parameter : contentType.split(";")) {
                String p = parameter.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    return p.substring(8).replace("\"", "").strip();
                }
            }
            return null;
        }
    }

    /** A 304 response to a conditional request: the copy from last time is current. */
    record NotModified(URI finalUrl, Duration maxAge, Duration elapsed) implements FetchOutcome {
    }

    /** Why Parallax's own rules refused a request or its response. */
    enum Limit {
        /** The address: scheme, user information, or a host resolving to an address the policy refuses. */
        ADDRESS,
        /** The body, on the wire or decompressed, is larger than allowed. */
        SIZE
    }

    /** Parallax's own rules forbid this request or its response (scheme, address, size). */
    record Refused(Limit limit, String reason) implements FetchOutcome {
    }

    /** What kind of failure, for callers that treat them differently. */
    enum Kind {
        /** The server answered with another status than 200, 203 or 304. */
        STATUS,
        /** No complete answer within the request's deadline (or no turn at the host within it). */
        TIMEOUT,
        /** Connection refused or reset, DNS failure, a body that cannot be decoded, a redirect loop. */
        NETWORK,
        /** Not sent: the host asked for no requests until later (429 or 503 with Retry-After). */
        HELD_OFF
    }

    /**
     * The server or the network did not deliver.
     *
     * @param status     the HTTP status, or 0 when there was no response (429 when held off)
     * @param retryAfter how long the server asked to wait (Retry-After), or null
     * @param elapsed    time spent on the network
     */
    record Failed(Kind kind, String reason, int status, Duration retryAfter, Duration elapsed) implements FetchOutcome {
        /** Whether trying again later may help (network trouble, overload), unlike a 404 or 410. */
        public boolean retryable() {
            return status == 0 || status == 408 || status == 425 || status == 429 || status >= 500;
        }
    }
}
