package org.parallax.core.metrics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one predicted text matches its true text, by 4-token shingles (word 4-grams with counts),
 * as {@code string_shingle_matching} in the Zyte article-extraction benchmark's {@code evaluate.py}:
 * true positives are the shared shingle counts, false positives the predicted excess, false
 * negatives the missing truth. The three are divided by their sum, so every page weighs the same.
 *
 * @param exact whether the two token sequences are equal (the benchmark's "accuracy")
 */
public record ShingleMatch(double truePositives, double falsePositives, double falseNegatives, boolean exact) {
    /** The benchmark's shingle length. */
    public static final int SHINGLE_TOKENS = 4;

    public static ShingleMatch of(String truth, String prediction) {
        List<String> trueTokens = WordTokens.of(truth);
        List<String> predictedTokens = WordTokens.of(prediction);
        Map<String, Integer> trueShingles = shingles(trueTokens);
        Map<String, Integer> predictedShingles = shingles(predictedTokens);
        Set<String> keys = new HashSet<>(trueShingles.keySet());
        keys.addAll(predictedShingles.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String key : keys) {
            int trueCount = trueShingles.getOrDefault(key, 0);
            int predictedCount = predictedShingles.getOrDefault(key, 0);
            tp += Math.min(trueCount, predictedCount);
            fp += Math.max(0, predictedCount - trueCount);
            fn += Math.max(0, trueCount - predictedCount);
        }
        double sum = tp + fp + fn;
        boolean exact = trueTokens.equals(predictedTokens);
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum, exact) : new ShingleMatch(0, 0, 0, exact);
    }

    /** Whether the prediction had any shingle: pages without one are left out of the precision mean. */
    public boolean hasPrediction() {
        return truePositives + falsePositives > 0;
    }

    /** Whether the truth had any shingle: pages without one are left out of the recall mean. */
    public boolean hasTruth() {
        return truePositives + falseNegatives > 0;
    }

    public double precision() {
        if (falsePositives == 0 && falseNegatives == 0) {
            return 1;
        }
        return truePositives == 0 && falsePositives == 0 ? 0 : truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        if (falsePositives == 0 && falseNegatives == 0) {
            return 1;
        }
        return truePositives == 0 && falseNegatives == 0 ? 0 : truePositives / (truePositives + falseNegatives);
    }

    /** Word 4-grams with their counts; a text of 1 to 3 tokens is one shorter shingle, no tokens none. */
    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        int count = Math.max(1, tokens.size() - SHINGLE_TOKENS + 1);
        for (int i = 0; i < count && i < tokens.size(); i++) {
            // Tokens hold no spaces, so a space-joined key is unambiguous.
            String key = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_TOKENS)));
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }
}
