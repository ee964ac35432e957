package org.parallax.extract;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article object a page declares in {@code <script type="application/ld+json">}.
 *
 * @param types    its @type values, e.g. "NewsArticle", "OpinionNewsArticle"
 * @param authors  author names (organisations included), in order
 * @param sections articleSection and genre values
 */
record JsonLd(Set<String> types, String headline, List<String> authors, String datePublished,
              List<String> sections, String publisherName, String inLanguage) {

    static final JsonLd NONE = new JsonLd(Set.of(), null, List.of(), null, List.of(), null, null);

    private static final int MAX_NODES = 10_000;

    // Pages get JSON-LD wrong in small ways (trailing commas, raw newlines in strings): be lenient.
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).build())
                    .build())
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    /** The first article-like object of the page, or {@link #NONE}. */
    static JsonLd read(Document document) {
        for (Element script : document.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = MAPPER.readTree(script.data());
            } catch (JacksonException e) {
                continue; // a broken block says nothing; others may still help
            }
            JsonNode article = findArticle(root);
            if (article != null) {
                return of(article);
            }
        }
        return NONE;
    }

    private static JsonNode findArticle(JsonNode root) {
        // Breadth-first through arrays, @graph and mainEntity, bounded against hostile input.
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        int visited = 0;
        while (!queue.isEmpty() && visited++ < MAX_NODES) {
            JsonNode node = queue.poll();
            if (node.isArray()) {
                node.forEach(queue::add);
            } else if (node.isObject()) {
                if (isArticle(types(node))) {
                    return node;
                }
                for (String child : List.of("@graph", "mainEntity", "mainEntityOfPage")) {
                    if (node.has(child)) {
                        queue.add(node.get(child));
                    }
                }
            }
        }
        return null;
    }

    private static boolean isArticle(Set<String> types) {
        return types.stream().anyMatch(type -> type.endsWith("Article") || type.equals("BlogPosting")
                || type.equals("LiveBlogPosting") || type.equals("Report"));
    }

    private static JsonLd of(JsonNode article) {
        JsonNode publisher = article.path("publisher");
        List<String> sections = strings(article.get("articleSection"));
        sections.addAll(strings(article.get("genre")));
        return new JsonLd(types(article), text(article.get("headline")), names(article.get("author")),
                text(article.get("datePublished")), sections,
                publisher.isObject() ? text(publisher.get("name")) : text(publisher),
                text(article.get("inLanguage")));
    }

    private static Set<String> types(JsonNode node) {
        Set<String> types = new LinkedHashSet<>();
        for (String type : strings(node.get("@type"))) {
            // "http://schema.org/NewsArticle" and "schema:NewsArticle" occur too.
            types.add(type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1));
        }
        return types;
    }

    private static List<String> names(JsonNode author) {
        return each(author, one -> one.isObject() ? text(one.get("name")) : text(one));
    }

    private static List<String> strings(JsonNode node) {
        return each(node, JsonLd::text);
    }

    /** A value or an array of values, each read as text; those without any left out. */
    private static List<String> each(JsonNode node, Function<JsonNode, String> read) {
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        for (JsonNode one : node.isArray() ? node : List.of(node)) {
            String value = read.apply(one);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }
}
