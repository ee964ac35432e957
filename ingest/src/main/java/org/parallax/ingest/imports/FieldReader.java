package org.parallax.ingest.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object, collecting what is wrong instead of stopping at the first
 * problem, so that a skipped line reports all its faults at once.
 */
final class FieldReader {
    private static final int MAX_QUOTED = 80;

    private final JsonNode object;
    private final List<String> problems = new ArrayList<>();

    FieldReader(JsonNode object) {
        this.object = object;
    }

    /** A string field that must be present and not blank; null (and a problem noted) otherwise. */
    String required(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            problem("missing required field \"" + name + "\"");
            return null;
        }
        if (!value.isTextual()) {
            problem("field \"" + name + "\" must be a string");
            return null;
        }
        if (value.textValue().isBlank()) {
            problem("field \"" + name + "\" is empty");
            return null;
        }
        return value.textValue();
    }

    /** A string field that may be absent, null or blank (all giving null); other types are a problem. */
    String optional(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problem("field \"" + name + "\" must be a string");
            return null;
        }
        return value.textValue().isBlank() ? null : value.textValue();
    }

    /** The raw value of a field, null when absent or JSON null. */
    JsonNode raw(String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /**
     * A field's value read with {@code parse}; one it cannot read is a problem ("field "published"
     * is not DESCRIPTION: "..."") and null.
     */
    <T> T parsed(String name, String value, Function<String, Optional<T>> parse, String description) {
        Optional<T> result = parse.apply(value);
        if (result.isEmpty()) {
            problem("field \"" + name + "\" is not " + description + ": " + quote(value));
        }
        return result.orElse(null);
    }

    void problem(String message) {
        problems.add(message);
    }

    List<String> problems() {
        return problems;
    }

    /** A value quoted for a message, shortened if long. */
    static String quote(String value) {
        String shown = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "…" : value;
        return "\"" + shown + "\"";
    }
}
