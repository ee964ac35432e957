package org.parallax.core.metrics;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The article-extraction benchmark's summary of many pages, as {@code metrics_from_tp_fp_fns}
 * computes it: precision and recall are each averaged over the pages where they are defined,
 * and F1 is the harmonic mean of the two averages (not the mean of per-page F1).
 *
 * @param accuracy the share of pages whose tokens equal the truth exactly
 */
public record ExtractionScore(double precision, double recall, double f1, double accuracy, int pages) {

    public static ExtractionScore of(List<ShingleMatch> matches) {
        double precision = mean(matches, ShingleMatch::hasPrediction, ShingleMatch::precision);
        double recall = mean(matches, ShingleMatch::hasTruth, ShingleMatch::recall);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        long exact = matches.stream().filter(ShingleMatch::exact).count();
        return new ExtractionScore(precision, recall, f1, matches.isEmpty() ? 0 : (double) exact / matches.size(),
                matches.size());
    }

    /** The mean of a figure over the pages where it is defined; 0 when it is defined on none. */
    private static double mean(List<ShingleMatch> matches, Predicate<ShingleMatch> defined,
                               ToDoubleFunction<ShingleMatch> figure) {
        double sum = 0;
        int pages = 0;
        for (ShingleMatch match : matches) {
            if (defined.test(match)) {
                sum += figure.applyAsDouble(match);
                pages++;
            }
        }
        return pages == 0 ? 0 : sum / pages;
    }
}
