package org.parallax.web.http;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Sends a {@link Representation} with {@code ETag} and {@code Last-Modified}, or a bodiless 304
 * when the reader's copy is current: {@code If-None-Match} is compared first (RFC 9110 13.2.2),
 * {@code If-Modified-Since} only when there is none. Pages vary with the slider cookie, so caches
 * must revalidate and key on it.
 */
public final class Conditional {
    private Conditional() {
    }

    public static void send(Context ctx, Representation rep) {
        ctx.header("ETag", rep.etag());
        if (rep.lastModifiedHeader() != null) {
            ctx.header("Last-Modified", rep.lastModifiedHeader());
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Vary", "Cookie");
        if (notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), rep)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(rep.contentType());
        ctx.result(rep.body());
    }

    static boolean notModified(String ifNoneMatch, String ifModifiedSince, Representation rep) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals(rep.etag())) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null && rep.lastModified() != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !rep.lastModified().isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }
}
