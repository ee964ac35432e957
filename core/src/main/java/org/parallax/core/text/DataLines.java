package org.parallax.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The small line-based data files shipped beside classes (lexicons, aliases, prototypes): reading
 * one from the class path, and its content lines, stripped, with blank lines and {@code #} comments
 * left out and each line's number kept for error messages.
 */
public final class DataLines {

    /** One content line: its number in the file (from 1) and its stripped text. */
    public record Line(int number, String text) {

        /** A parse error naming this line and what was expected there. */
        public IllegalArgumentException expected(String what) {
            return new IllegalArgumentException("line " + number + ": expected " + what);
        }
    }

    private DataLines() {
    }

    /** The lines of a UTF-8 resource beside {@code owner}; a missing one is a packaging error. */
    public static List<String> resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content lines: stripped, neither blank nor starting with {@code #}. */
    public static List<Line> content(List<String> lines) {
        List<Line> out = new ArrayList<>();
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(new Line(number, line));
            }
        }
        return out;
    }
}
