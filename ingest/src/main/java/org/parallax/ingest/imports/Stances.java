package org.parallax.ingest.imports;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads an outlet's declared left-right stance: a label as rating sites write it, or a number
 * in [-1, 1] (-1 left, +1 right). Five points: left -1, lean left -0.5, center 0,
 * lean right +0.5, right +1.
 */
final class Stances {
    private static final Map<String, Double> LABELS = Map.ofEntries(
            Map.entry("left", -1.0), Map.entry("far left", -1.0),
            Map.entry("lean left", -0.5), Map.entry("leans left", -0.5), Map.entry("left center", -0.5),
            Map.entry("center left", -0.5), Map.entry("centre left", -0.5), Map.entry("left centre", -0.5),
            Map.entry("center", 0.0), Map.entry("centre", 0.0),
            Map.entry("lean right", 0.5), Map.entry("leans right", 0.5), Map.entry("right center", 0.5),
            Map.entry("center right", 0.5), Map.entry("centre right", 0.5), Map.entry("right centre", 0.5),
            Map.entry("right", 1.0), Map.entry("far right", 1.0));

    /** Labels that say "no single position"; read as no stance, not as an error. */
    private static final Set<String> NO_STANCE = Set.of("mixed", "none", "unrated", "not rated", "n/a");

    /** The outcome of reading a stance: a score, explicitly none, or unreadable. */
    sealed interface Reading permits Score, NoStance, Unreadable {
    }

    record Score(double value) implements Reading {
    }

    record NoStance() implements Reading {
    }

    record Unreadable(String reason) implements Reading {
    }

    private Stances() {
    }

    static Reading read(String text) {
        OptionalDouble number = number(text.strip());
        if (number.isPresent()) {
            return read(number.getAsDouble());
        }
        String label = text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ')
                .replaceAll("\\s+", " ");
        if (label.isEmpty() || NO_STANCE.contains(label)) {
            return new NoStance();
        }
        Double score = LABELS.get(label);
        if (score != null) {
            return new Score(score);
        }
        return new Unreadable("unknown stance " + FieldReader.quote(text.strip())
                + " (expected left, lean left, center, lean right, right, or a number from -1 to 1)");
    }

    static Reading read(double number) {
        if (Double.isNaN(number) || number < -1 || number > 1) {
            return new Unreadable("stance " + number + " is outside [-1, 1]");
        }
        return new Score(number);
    }

    private static OptionalDouble number(String text) {
        // Plain decimals only: parseDouble would also take "NaN", "0x1p-1" or "0.5d".
        if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
