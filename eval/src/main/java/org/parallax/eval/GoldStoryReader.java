package org.parallax.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.ingest.imports.AllSidesTags;

/**
 * Reads evaluation stories: one JSON object per line with {@code articles} ({@code title},
 * {@code text}, optional {@code outlet}, optional {@code date}/{@code published}, optional AllSides {@code opinion_tag}) and optional
 * {@code reference_title} and {@code reference}. A line that is not such an object is an error:
 * evaluation input is curated, and silently dropping stories would distort the scores.
 */
public final class GoldStoryReader {
    public List<GoldStory> read(Path file) throws IOException {
        return read(file, null);
    }

    /** The stories whose {@code split} field is {@code split} (every story when null), in file order. */
    public List<GoldStory> read(Path file, String split) throws IOException {
        List<GoldStory> stories = new ArrayList<>();
        JsonLines.read(file, (node, number) -> {
            if (split == null || split.equals(node.path("split").asText(null))) {
                stories.add(story(node, file, number));
            }
        });
        return stories;
    }

    private static GoldStory story(JsonNode node, Path file, int line) throws IOException {
        JsonNode articles = node.path("articles");
        if (!articles.isArray()) {
            throw new IOException(file + " line " + line + ": no \"articles\" array");
        }
        String storyDate = text(node, "date");
        List<GoldStory.GoldArticle> gold = new ArrayList<>();
        for (JsonNode a : articles) {
            String published = text(a, "published");
            gold.add(new GoldStory.GoldArticle(orEmpty(text(a, "title")), orEmpty(text(a, "text")), text(a, "outlet"),
                    published != null ? published : storyDate, AllSidesTags.kind(a.get("opinion_tag"))));
        }
        String id = text(node, "id");
        return new GoldStory(id != null ? id : "line-" + line, gold, text(node, "reference_title"),
                text(node, "reference"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
