package org.parallax.markets;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.extract.text.Timestamps;

/** Lenient reads of provider JSON: a field of the wrong type reads as absent, never as an exception. */
final class JsonFields {

    private JsonFields() {
    }

    /** A string, or a number written as text; null when absent, null or empty. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** A number, or a string holding one (Polymarket and Kalshi write prices as strings). */
    static OptionalDouble number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return OptionalDouble.empty();
        }
        if (value.isNumber()) {
            return OptionalDouble.of(value.doubleValue());
        }
        if (value.isTextual()) {
            try {
                double parsed = Double.parseDouble(value.textValue().strip());
                return Double.isFinite(parsed) ? OptionalDouble.of(parsed) : OptionalDouble.empty();
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }

    static boolean flag(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && (value.asBoolean(false) || "true".equalsIgnoreCase(value.asText()));
    }

    /** An ISO-8601 date-time or date. */
    static Instant isoTime(JsonNode node, String field) {
        return Timestamps.parse(text(node, field)).orElse(null);
    }

    /** Milliseconds since the epoch, as Manifold writes times. */
    static Instant epochMillis(JsonNode node, String field) {
        OptionalDouble value = number(node, field);
        return value.isPresent() ? Instant.ofEpochMilli((long) value.getAsDouble()) : null;
    }

    /** A probability in [0, 1], or empty. */
    static Optional<Double> probability(double value) {
        return value >= 0 && value <= 1 ? Optional.of(value) : Optional.empty();
    }
}
