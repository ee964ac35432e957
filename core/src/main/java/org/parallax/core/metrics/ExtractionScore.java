package org.parallax.core.metrics;

import java.util.List;

/**
 * The article-extraction benchmark's summary of many pages, as {@code metrics_from_tp_fp_fns}
 * computes it: precision and recall are each averaged over the pages where they are defined,
 * and F1 is the harmonic mean of the two averages (not the mean of per-page F1).
 *
 * @param accuracy the share of pages whose tokens equal the truth exactly
 */
public record ExtractionScore(double precision, double recall, double f1, double accuracy, int pages) {

    public static ExtractionScore of(List<ShingleMatch> matches) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        for (ShingleMatch match : matches) {
            if (match.hasPrediction()) {
                precisionSum += match.precision();
                precisionPages++;
            }
            if (match.hasTruth()) {
                recallSum += match.recall();
                recallPages++;
            }
            exact += match.exact() ? 1 : 0;
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionScore(precision, recall, f1, matches.isEmpty() ? 0 : (double) exact / matches.size(),
                matches.size());
    }
}
