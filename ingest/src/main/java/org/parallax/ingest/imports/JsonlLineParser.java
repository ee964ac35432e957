package org.parallax.ingest.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.extract.text.Timestamps;

/**
 * Turns one line of a JSONL import file into items: one for an article line, one per article
 * for a roundup line (an object with an {@code articles} array), none for a blank line.
 */
final class JsonlLineParser {
    private static final int MAX_REASON = 300;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String fileName;
    private final ArticleReader articles;

    JsonlLineParser(String fileName) {
        this.fileName = fileName;
        this.articles = new ArticleReader(fileName);
    }

    List<ImportItem> parse(LineReader.Line line) {
        String location = fileName + " line " + line.number();
        return switch (line) {
            case LineReader.Oversized(long number, long length) -> List.of(new ImportItem.Skipped(location,
                    "line is " + length + " bytes long, over the limit of " + JsonlImportSource.MAX_LINE_BYTES));
            case LineReader.Text text when text.isBlank() -> List.of();
            case LineReader.Text text -> parse(location, text.bytes());
        };
    }

    private List<ImportItem> parse(String location, byte[] bytes) {
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            return List.of(new ImportItem.Skipped(location, describe(e)));
        } catch (IOException e) {
            return List.of(new ImportItem.Skipped(location, "not valid JSON: " + e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            return List.of(new ImportItem.Skipped(location, "expected a JSON object"));
        }
        JsonNode roundupArticles = node.get("articles");
        if (roundupArticles == null) {
            return List.of(articles.read(location, node, null));
        }
        return roundup(location, node, roundupArticles);
    }

    private List<ImportItem> roundup(String location, JsonNode story, JsonNode storyArticles) {
        if (!storyArticles.isArray()) {
            return List.of(new ImportItem.Skipped(location, "field \"articles\" must be an array"));
        }
        if (storyArticles.isEmpty()) {
            return List.of(new ImportItem.Skipped(location, "story has no articles"));
        }
        Instant date = null;
        JsonNode dateField = story.get("date");
        if (dateField != null && !dateField.isNull()) {
            Optional<Instant> parsed = dateField.isTextual() ? Timestamps.parse(dateField.textValue()) : Optional.empty();
            if (parsed.isEmpty()) {
                return List.of(new ImportItem.Skipped(location, "story field \"date\" is not an ISO-8601 date-time or date: "
                        + FieldReader.quote(dateField.isTextual() ? dateField.textValue() : dateField.toString())));
            }
            date = parsed.get();
        }
        ArticleReader.Roundup roundup = new ArticleReader.Roundup(date);
        List<ImportItem> items = new ArrayList<>(storyArticles.size());
        int number = 0;
        for (JsonNode article : storyArticles) {
            number++;
            items.add(articles.read(location + " article " + number, article, roundup));
        }
        return items;
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline);
        }
        if (message.length() > MAX_REASON) {
            message = message.substring(0, MAX_REASON) + "…";
        }
        var where = e.getLocation();
        String column = where == null || where.getColumnNr() < 0 ? "" : " at column " + where.getColumnNr();
        return "not valid JSON" + column + ": " + message;
    }
}
