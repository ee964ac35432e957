package org.parallax.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parallax.core.model.ArticleKind;

/**
 * Whether argument pieces (opinion, analysis) land where a brief can use them. Two shares, each over
 * the argument pieces it applies to:
 *
 * <ul>
 *   <li>{@code with_report}: of the pieces whose gold story has a news report, those placed in the
 *       same predicted story as at least one of those reports (so the brief has the piece next to
 *       the event's facts);</li>
 *   <li>{@code with_mate}: of the pieces whose gold story has any other article, those placed with at
 *       least one of them (a piece alone in its story helps no brief).</li>
 * </ul>
 */
public record ArgumentPlacement(int withReport, int withReportOf, int withMate, int withMateOf) {

    /**
     * @param gold      gold story of each article
     * @param kinds     kind of each article, in the same order
     * @param predicted predicted story of each article, in the same order
     */
    public static ArgumentPlacement of(List<Integer> gold, List<ArticleKind> kinds, List<Long> predicted) {
        if (gold.size() != kinds.size() || gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold, kinds and predicted differ in length");
        }
        Map<Integer, Set<Long>> reportStories = new HashMap<>();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            sizes.merge(gold.get(i), 1, Integer::sum);
            if (!kinds.get(i).isArgument()) {
                reportStories.computeIfAbsent(gold.get(i), g -> new HashSet<>()).add(predicted.get(i));
            }
        }
        Map<Long, Map<Integer, Integer>> goldCountsPerPrediction = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            goldCountsPerPrediction.computeIfAbsent(predicted.get(i), p -> new HashMap<>()).merge(gold.get(i), 1, Integer::sum);
        }
        int withReport = 0;
        int withReportOf = 0;
        int withMate = 0;
        int withMateOf = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (!kinds.get(i).isArgument()) {
                continue;
            }
            int story = gold.get(i);
            Set<Long> reports = reportStories.get(story);
            if (reports != null) {
                withReportOf++;
                if (reports.contains(predicted.get(i))) {
                    withReport++;
                }
            }
            if (sizes.get(story) > 1) {
                withMateOf++;
                if (goldCountsPerPrediction.get(predicted.get(i)).get(story) > 1) {
                    withMate++;
                }
            }
        }
        return new ArgumentPlacement(withReport, withReportOf, withMate, withMateOf);
    }

    public String line() {
        return String.format(Locale.ROOT, "arguments: with_report=%d/%d (%.3f) with_mate=%d/%d (%.3f)",
                withReport, withReportOf, share(withReport, withReportOf), withMate, withMateOf,
                share(withMate, withMateOf));
    }

    private static double share(int n, int of) {
        return of == 0 ? 0 : (double) n / of;
    }
}
