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
     */
    record Fetched(URI finalUrl, String contentType, byte[] body, String etag, String lastModified, Duration maxAge)
            implements FetchOutcome {
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
    record NotModified(URI finalUrl, Duration maxAge) implements FetchOutcome {
    }

    /** Parallax's own rules forbid this request or its response (scheme, address, size). */
    record Refused(String reason) implements FetchOutcome {
    }

    /**
     * The server or the network did not deliver.
     *
     * @param status     the HTTP status, or 0 when there was no response
     * @param retryAfter how long the server asked to wait (Retry-After), or null
     */
    record Failed(String reason, int status, Duration retryAfter) implements FetchOutcome {
        /** Whether trying again later may help (network trouble, overload), unlike a 404 or 410. */
        public boolean retryable() {
            return status == 0 || status == 408 || status == 425 || status == 429 || status >= 500;
        }
    }
}
