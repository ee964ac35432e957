package org.parallax.web.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.parallax.core.text.Sha256;

/**
 * A rendered response body with its validators: a strong ETag (a hash of the bytes) and, when
 * known, the time the content last changed (to the second, as HTTP dates are) with its
 * {@code Last-Modified} header value, written once since cached responses are sent many times.
 */
public record Representation(byte[] body, String contentType, String etag, Instant lastModified,
                             String lastModifiedHeader) {

    public static Representation of(String body, String contentType, Instant lastModified) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Instant changed = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
        return new Representation(bytes, contentType, "\"" + Sha256.hex(bytes).substring(0, 32) + "\"", changed,
                changed == null ? null : DateTimeFormatter.RFC_1123_DATE_TIME.format(changed.atZone(ZoneOffset.UTC)));
    }
}
