package org.parallax.web.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.parallax.core.text.Sha256;

/**
 * A rendered response body with its validators: a strong ETag (a hash of the bytes) and, when
 * known, the time the content last changed (to the second, as HTTP dates are).
 */
public record Representation(byte[] body, String contentType, String etag, Instant lastModified) {

    public static Representation of(String body, String contentType, Instant lastModified) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Representation(bytes, contentType, "\"" + Sha256.hex(bytes).substring(0, 32) + "\"",
                lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS));
    }
}
