package org.parallax.fetch;

import java.net.http.HttpHeaders;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** What response headers say about when to ask again: Cache-Control max-age, Expires, Retry-After. */
final class ResponseHints {
    /** Longer hints are cut to this: a server cannot park a feed for months. */
    static final Duration MAX_HINT = Duration.ofDays(7);

    private ResponseHints() {
    }

    /** Cache-Control max-age, else Expires minus Date; null when neither says (or no-store / no-cache). */
    static Duration maxAge(HttpHeaders headers, Instant now) {
        Optional<String> cacheControl = headers.firstValue("cache-control");
        if (cacheControl.isPresent()) {
            for (String directive : cacheControl.get().split(",")) {
                String d = directive.strip().toLowerCase(Locale.ROOT);
                if (d.equals("no-store") || d.equals("no-cache")) {
                    return null;
                }
                if (d.startsWith("max-age=")) {
                    return seconds(d.substring(8));
                }
            }
        }
        Optional<Instant> expires = headers.firstValue("expires").flatMap(ResponseHints::httpDate);
        return expires.map(e -> bounded(Duration.between(reference(headers, now), e))).orElse(null);
    }

    /** Retry-After in seconds or as an HTTP date (relative to the response's Date); null when absent or unreadable. */
    static Duration retryAfter(HttpHeaders headers, Instant now) {
        Optional<String> value = headers.firstValue("retry-after");
        if (value.isEmpty()) {
            return null;
        }
        String text = value.get().strip();
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            return seconds(text);
        }
        return httpDate(text).map(date -> bounded(Duration.between(reference(headers, now), date))).orElse(null);
    }

    /** The server's Date, so that a skewed clock on either side does not distort a date hint. */
    private static Instant reference(HttpHeaders headers, Instant now) {
        return headers.firstValue("date").flatMap(ResponseHints::httpDate).orElse(now);
    }

    private static Duration seconds(String text) {
        try {
            return bounded(Duration.ofSeconds(Long.parseLong(text.strip())));
        } catch (NumberFormatException e) {
            return text.strip().chars().allMatch(Character::isDigit) && !text.isBlank() ? MAX_HINT : null;
        }
    }

    private static Duration bounded(Duration duration) {
        if (duration.isNegative()) {
            return Duration.ZERO;
        }
        return duration.compareTo(MAX_HINT) > 0 ? MAX_HINT : duration;
    }

    static Optional<Instant> httpDate(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
