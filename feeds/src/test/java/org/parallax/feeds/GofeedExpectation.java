package org.parallax.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What gofeed's expected JSON says about the fields Parallax compares: feed title, link and date,
 * and per item title, link, published and updated. gofeed stores three shapes: its RSS and Atom
 * parsers' own models ({@code parser/rss}, {@code parser/atom}), its JSON Feed model
 * ({@code parser/json}), and the unified model ({@code translator/}, {@code extensions/}). The
 * parser-level shapes are mapped with gofeed's own translator rules (Atom: first rel="alternate"
 * link, published falling back to updated; RSS: lastBuildDate then pubDate for the feed), so all
 * compare with the one Parallax model. A field a shape cannot tell is {@link #UNKNOWN}, and skipped.
 */
record GofeedExpectation(String title, Object link, Object date, List<Item> items) {
    static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "(not in this shape)";
        }
    };

    record Item(String title, Object link, Object published, Object updated) {
    }

    enum Shape { RSS_PARSER, ATOM_PARSER, JSON_PARSER, UNIFIED }

    static Shape shapeOf(String relativePath) {
        if (relativePath.startsWith("parser/rss/")) {
            return Shape.RSS_PARSER;
        }
        if (relativePath.startsWith("parser/atom/")) {
            return Shape.ATOM_PARSER;
        }
        if (relativePath.startsWith("parser/")) {
            return Shape.JSON_PARSER;
        }
        return Shape.UNIFIED;
    }

    static GofeedExpectation of(Shape shape, JsonNode json) {
        return switch (shape) {
            case UNIFIED -> new GofeedExpectation(text(json, "title"), nullable(json, "link"),
                    firstDate(json, "updatedParsed", "publishedParsed"),
                    items(json.path("items"), item -> new Item(text(item, "title"), nullable(item, "link"),
                            firstDate(item, "publishedParsed"), firstDate(item, "updatedParsed"))));
            case RSS_PARSER -> new GofeedExpectation(text(json, "title"), nullable(json, "link"),
                    firstDate(json, "lastBuildDateParsed", "pubDateParsed"),
                    items(json.path("items"), item -> new Item(text(item, "title"), nullable(item, "link"),
                            firstDate(item, "pubDateParsed"), UNKNOWN)));
            case ATOM_PARSER -> new GofeedExpectation(text(json, "title"), alternate(json.path("links")),
                    firstDate(json, "updatedParsed"),
                    items(json.path("entries"), entry -> new Item(text(entry, "title"), alternate(entry.path("links")),
                            firstDate(entry, "publishedParsed", "updatedParsed"), firstDate(entry, "updatedParsed"))));
            case JSON_PARSER -> new GofeedExpectation(text(json, "title"), nullable(json, "home_page_url"), null,
                    items(json.path("items"), item -> new Item(text(item, "title"), nullable(item, "url"),
                            isoDate(item, "date_published"), isoDate(item, "date_modified"))));
        };
    }

    private static List<Item> items(JsonNode array, java.util.function.Function<JsonNode, Item> reader) {
        List<Item> items = new ArrayList<>();
        for (JsonNode node : array) {
            items.add(reader.apply(node));
        }
        return items;
    }

    /** gofeed's parsers give a link without rel the rel "alternate"; its translator takes the first. */
    private static String alternate(JsonNode links) {
        for (JsonNode link : links) {
            if (link.path("rel").asText("alternate").equals("alternate") && link.hasNonNull("href")) {
                return link.get("href").asText();
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }

    private static String nullable(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
    }

    private static Instant firstDate(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.path(field);
            if (value.isTextual()) {
                return Instant.parse(value.asText());
            }
        }
        return null;
    }

    private static Instant isoDate(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? OffsetDateTime.parse(value.asText()).toInstant() : null;
    }
}
