package org.parallax.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.ingest.imports.AllSidesTags;

/**
 * Reads stories in the JSONL shape of the NeuS / AllSides evaluation files: one story a line with
 * its {@code articles} (each with {@code title} and {@code text}); each story's articles are one gold
 * cluster. An article's time is its own {@code published} or {@code date}, else the story's
 * {@code date}, else {@link #UNDATED}: articles without a date count as published at the same time.
 * An article's kind is read from its AllSides {@code opinion_tag} as the importer reads it.
 */
public final class GoldStories {

    /** The time of every undated article. */
    public static final Instant UNDATED = Instant.parse("2020-01-01T12:00:00Z");

    private GoldStories() {
    }

    /** The articles of every story in file order; a line that is not a story with articles is an error. */
    public static List<GoldArticle> read(Path file) throws IOException {
        return read(file, null);
    }

    /**
     * The articles of the stories whose {@code split} field equals {@code split} (every story when
     * {@code split} is null), in file order.
     */
    public static List<GoldArticle> read(Path file, String split) throws IOException {
        List<GoldArticle> articles = new ArrayList<>();
        int[] story = {0};
        JsonLines.read(file, (node, lineNumber) -> {
            if (split != null && !split.equals(node.path("split").asText(null))) {
                return;
            }
            JsonNode list = node.path("articles");
            if (!list.isArray()) {
                throw new IllegalArgumentException(file + " line " + lineNumber + ": no articles");
            }
            Instant storyTime = time(node.path("date"));
            for (JsonNode a : list) {
                Instant own = time(a.has("published") ? a.path("published") : a.path("date"));
                articles.add(new GoldArticle(story[0], a.path("title").asText(""), a.path("text").asText(""),
                        own != null ? own : storyTime != null ? storyTime : UNDATED,
                        AllSidesTags.kind(a.get("opinion_tag"))));
            }
            story[0]++;
        });
        return articles;
    }

    /** An ISO instant or date; null when absent or unreadable. */
    static Instant time(JsonNode node) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            return null;
        }
        String text = node.asText().strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text).atTime(12, 0)
                        .toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
