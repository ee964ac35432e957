package org.parallax.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The evaluation files in JSON Lines: one JSON object a line, blank lines passed over, each line's
 * number (from 1) kept for error messages. A line that is not JSON is an error naming the file and
 * line: evaluation input is curated, and silently dropping a line would distort the scores.
 */
public final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a reader does with one line's object. */
    public interface Row {
        void accept(JsonNode node, int line) throws IOException;
    }

    private JsonLines() {
    }

    /** Hands each line's object of the UTF-8 {@code file} to {@code row}, in file order. */
    public static void read(Path file, Row row) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(file + " line " + number + ": invalid JSON: " + e.getMessage(), e);
                }
                row.accept(node, number);
            }
        }
    }
}
