package org.parallax.web.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.javalin.http.Context;

import org.parallax.core.model.Side;
import org.parallax.core.model.Topic;
import org.parallax.search.SearchQuery;

/**
 * Reads the search parameters shared by {@code /search} and {@code /api/search}: {@code q}, and the
 * filters {@code topic} (a topic slug), {@code outlet} (an outlet id), {@code side} (left, center,
 * right), {@code since} and {@code until} (a date, 2026-03-04, or an instant, 2026-03-04T18:00:00Z),
 * and {@code page}.
 */
public final class SearchParams {
    private SearchParams() {
    }

    /** @throws BadParameter for a value that cannot be read */
    public static SearchQuery read(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        if (q.length() > SearchQuery.MAX_TEXT) {
            throw new BadParameter("q is at most " + SearchQuery.MAX_TEXT + " characters");
        }
        return new SearchQuery(q, topic(ctx.queryParam("topic")), outlet(ctx.queryParam("outlet")),
                side(ctx.queryParam("side")), time("since", ctx.queryParam("since")),
                time("until", ctx.queryParam("until")), HtmlResponder.page(ctx));
    }

    public static Topic topic(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (Topic t : Topic.values()) {
            if (t.name().equalsIgnoreCase(raw.strip())) {
                return t;
            }
        }
        throw new BadParameter("topic must be one of " + String.join(", ",
                java.util.Arrays.stream(Topic.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList()));
    }

    public static Long outlet(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > 18 || !raw.strip().chars().allMatch(Character::isDigit)) {
            throw new BadParameter("outlet must be an outlet id (a whole number)");
        }
        return Long.parseLong(raw.strip());
    }

    public static Side side(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "left" -> Side.LEFT;
            case "center", "centre" -> Side.CENTER;
            case "right" -> Side.RIGHT;
            case "unrated" -> Side.UNRATED;
            default -> throw new BadParameter("side must be left, center, right or unrated");
        };
    }

    public static Instant time(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return raw.length() == 10 ? LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw new BadParameter(name + " must be a date (2026-03-04) or an instant (2026-03-04T18:00:00Z)");
        }
    }
}
