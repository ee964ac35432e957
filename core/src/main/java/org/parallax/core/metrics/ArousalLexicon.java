package org.parallax.core.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Word arousal scores in the NRC-VAD format ({@code word<TAB>valence<TAB>arousal<TAB>dominance},
 * scores in [0, 1], no header). The mean arousal of a text's words is the framing score the
 * NeuS papers use: calmer, more neutral text scores lower.
 */
public final class ArousalLexicon {
    private final Map<String, Double> arousal;

    private ArousalLexicon(Map<String, Double> arousal) {
        this.arousal = Map.copyOf(arousal);
    }

    /** Parses the lexicon's lines; lines that are not word, valence, arousal, dominance are ignored. */
    public static ArousalLexicon parse(List<String> lines) {
        Map<String, Double> scores = new HashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length < 4) {
                continue;
            }
            try {
                scores.put(fields[0].strip().toLowerCase(Locale.ROOT), Double.parseDouble(fields[2].strip()));
            } catch (NumberFormatException e) {
                // A header or a damaged line: not a word score.
            }
        }
        return new ArousalLexicon(scores);
    }

    public int size() {
        return arousal.size();
    }

    /** Mean arousal of the text's {@code \w+} tokens that the lexicon knows; empty when it knows none. */
    public OptionalDouble meanArousal(String text) {
        double sum = 0;
        int known = 0;
        for (String token : Rouge.tokens(text)) {
            Double score = arousal.get(token);
            if (score != null) {
                sum += score;
                known++;
            }
        }
        return known == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / known);
    }
}
