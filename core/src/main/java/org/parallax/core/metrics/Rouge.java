package org.parallax.core.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 of one summary against one reference, as the evaluation
 * datasets' reference table computes them: lower-cased {@code \w+} tokens, no stemming, no
 * stopword removal, no length cut; ROUGE-L is the longest common subsequence over the whole
 * token sequence.
 */
public final class Rouge {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private Rouge() {
    }

    /** F1 scores in [0, 1]. */
    public record Scores(double rouge1, double rouge2, double rougeL) {
    }

    public static Scores score(String summary, String reference) {
        List<String> s = tokens(summary);
        List<String> r = tokens(reference);
        return new Scores(ngramF1(s, r, 1), ngramF1(s, r, 2), lcsF1(s, r));
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static double ngramF1(List<String> summary, List<String> reference, int n) {
        Map<List<String>, Integer> s = ngrams(summary, n);
        Map<List<String>, Integer> r = ngrams(reference, n);
        int overlap = 0;
        for (Map.Entry<List<String>, Integer> e : s.entrySet()) {
            overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        int sTotal = Math.max(0, summary.size() - n + 1);
        int rTotal = Math.max(0, reference.size() - n + 1);
        return f1(overlap, sTotal, rTotal);
    }

    static double lcsF1(List<String> summary, List<String> reference) {
        return f1(lcs(summary, reference), summary.size(), reference.size());
    }

    private static double f1(int overlap, int summaryTotal, int referenceTotal) {
        if (overlap == 0 || summaryTotal == 0 || referenceTotal == 0) {
            return 0;
        }
        double precision = (double) overlap / summaryTotal;
        double recall = (double) overlap / referenceTotal;
        return 2 * precision * recall / (precision + recall);
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    /** Length of the longest common subsequence, in O(n·m) time and O(m) memory. */
    private static int lcs(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
