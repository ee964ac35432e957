package org.parallax.web.edition;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.parallax.core.model.Topic;
import org.parallax.web.http.BadParameter;

/**
 * The reader's sliders, as on Improve The News. Each is a small whole number, so a setting is a
 * short, shareable query string ({@code lr=-2&est=1&nuance=2&depth=0&recency=2&topics=politics,world}).
 *
 * @param lr      left-right, -3 (left) to 3 (right): favours stories and articles from outlets on that side
 * @param est     establishment, -3 (critical) to 3 (pro-establishment), likewise on the establishment axis
 * @param nuance  0 (any wording) to 3: favours respectful wording, fewest loaded words per 100
 * @param depth   -3 (briefs) to 3 (long reads): favours short or long articles
 * @param recency 0 (evergreen: importance alone) to 3 (breaking: only the last three days, newest first)
 * @param topics  the topic mix: the topics shown, all when empty
 */
public record ReaderSettings(int lr, int est, int nuance, int depth, int recency, Set<Topic> topics) {
    public static final ReaderSettings DEFAULT = new ReaderSettings(0, 0, 0, 0, 2, Set.of());
    /** The query parameters the sliders use, in the order they are written. */
    public static final List<String> PARAMETERS = List.of("lr", "est", "nuance", "depth", "recency", "topics");

    public ReaderSettings {
        check("lr", lr, -3, 3);
        check("est", est, -3, 3);
        check("nuance", nuance, 0, 3);
        check("depth", depth, -3, 3);
        check("recency", recency, 0, 3);
        topics = topics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(topics));
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadParameter(name + " must be a whole number from " + min + " to " + max);
        }
    }

    /** True when any slider parameter is present, so the settings come from the URL, not the cookie. */
    public static boolean present(Function<String, String> query) {
        return PARAMETERS.stream().anyMatch(p -> query.apply(p) != null);
    }

    /**
     * Reads the sliders from query parameters; a missing one takes its default.
     *
     * @throws BadParameter for a value that is not a whole number in range, or an unknown topic
     */
    public static ReaderSettings read(Function<String, String> query) {
        return new ReaderSettings(number(query, "lr", DEFAULT.lr), number(query, "est", DEFAULT.est),
                number(query, "nuance", DEFAULT.nuance), number(query, "depth", DEFAULT.depth),
                number(query, "recency", DEFAULT.recency), topics(query.apply("topics")));
    }

    /** Reads a setting saved in the cookie; anything unreadable there gives the defaults. */
    public static ReaderSettings fromCookie(String cookie) {
        if (cookie == null || cookie.isBlank() || cookie.length() > 300) {
            return DEFAULT;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : URLDecoder.decode(cookie, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        try {
            return read(values::get);
        } catch (BadParameter e) {
            return DEFAULT;
        }
    }

    private static int number(Function<String, String> query, String name, int fallback) {
        String raw = query.apply(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadParameter(name + " must be a whole number");
        }
    }

    private static Set<Topic> topics(String raw) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (String slug : raw.split(",")) {
            if (!slug.isBlank()) {
                topics.add(topic(slug.strip()).orElseThrow(() -> new BadParameter(
                        "unknown topic: " + clip(slug.strip()) + " (topics are " + slugs() + ")")));
            }
        }
        return topics;
    }

    public static java.util.Optional<Topic> topic(String slug) {
        for (Topic topic : Topic.values()) {
            if (EditionStory.slug(topic).equals(slug.toLowerCase(Locale.ROOT))) {
                return java.util.Optional.of(topic);
            }
        }
        return java.util.Optional.empty();
    }

    private static String slugs() {
        return String.join(", ", java.util.Arrays.stream(Topic.values()).map(EditionStory::slug).toList());
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    public boolean shows(Topic topic) {
        return topics.isEmpty() || topics.contains(topic);
    }

    /** The settings as a query string, topics in taxonomy order; the cookie holds the same text. */
    public String query() {
        List<String> parts = new ArrayList<>(List.of("lr=" + lr, "est=" + est, "nuance=" + nuance, "depth=" + depth,
                "recency=" + recency));
        if (!topics.isEmpty()) {
            parts.add("topics=" + String.join(",", EnumSet.copyOf(topics).stream().map(EditionStory::slug).toList()));
        }
        return String.join("&", parts);
    }

    /** The same settings leaning fully to one end of an axis: a column of the split screen. */
    public ReaderSettings leaning(Camp.Axis axis, int value) {
        return axis == Camp.Axis.LEFT_RIGHT ? new ReaderSettings(value, est, nuance, depth, recency, topics)
                : new ReaderSettings(lr, value, nuance, depth, recency, topics);
    }
}
