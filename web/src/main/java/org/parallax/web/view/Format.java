package org.parallax.web.view;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.parallax.core.forecast.ForecastWording;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Forecast;
import org.parallax.core.model.Rating;

/** Small formatting helpers for templates. Escaping itself is done by the template engine. */
public final class Format {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Format() {
    }

    /** Only http(s) links are rendered as links: article URLs come from untrusted input. */
    public static String href(String url) {
        if (url == null) {
            return "#";
        }
        try {
            String scheme = URI.create(url.strip()).getScheme();
            if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return url.strip();
            }
        } catch (IllegalArgumentException e) {
            return "#";
        }
        return "#";
    }

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    public static String percent(double probability) {
        return ForecastWording.percent(probability);
    }

    public static String rating(Rating rating) {
        if (rating == null) {
            return "not rated yet";
        }
        return String.format(Locale.ROOT, "%+.2f (%s)", rating.score(), rating.provenance());
    }

    /** The score alone, for tables; empty when unrated. */
    public static String score(Rating rating) {
        return rating == null ? "" : String.format(Locale.ROOT, "%+.2f", rating.score());
    }

    /** How a stance figure was obtained, in a reader's words. */
    public static String method(Rating rating) {
        if (rating == null) {
            return "this outlet is not rated yet.";
        }
        return rating.provenance() + ".";
    }

    public static String sortLabel(org.parallax.web.view.OutletQuery.Sort sort) {
        return switch (sort) {
            case NAME -> "name";
            case STANCE -> "left-right (left first)";
            case ESTABLISHMENT -> "establishment (critical first)";
            case COUNTRY -> "country";
        };
    }

    /**
     * "Metaculus gives a 10% chance that ..., as of 1 Mar 2026."; the market's own question is quoted
     * where it cannot be restated faithfully.
     */
    public static String forecast(Forecast forecast) {
        return ForecastWording.sentence(forecast);
    }

    /** What kind of piece a narrative was taken from, for its attribution; empty when not recorded. */
    public static String pieceKind(ArticleKind kind) {
        if (kind == null) {
            return "";
        }
        return kind == ArticleKind.NEWS ? "News report" : kind.label();
    }

    /** "just now", "5 min ago", "3 h ago", "2 days ago". */
    public static String age(java.time.Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 2) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + " min ago";
        }
        if (minutes < 48 * 60) {
            return minutes / 60 + " h ago";
        }
        return minutes / (24 * 60) + " days ago";
    }

    /** A number for an SVG attribute: at most two decimals, a dot as separator. */
    public static String svg(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
