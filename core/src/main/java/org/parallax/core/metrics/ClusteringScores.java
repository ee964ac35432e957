package org.parallax.core.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How well a clustering matches gold clusters, by two standard measures.
 *
 * <p>B-cubed (Bagga and Baldwin, 1998): for each item, precision is the share of its predicted
 * cluster that is in its gold cluster, recall the share of its gold cluster that is in its predicted
 * cluster; both are averaged over items and F1 is their harmonic mean. Pairwise: precision and recall
 * of the set of item pairs put together, against the pairs that belong together.
 *
 * @param bcubedPrecision mean per-item B-cubed precision
 * @param bcubedRecall    mean per-item B-cubed recall
 * @param bcubedF1        harmonic mean of the two
 * @param pairPrecision   share of predicted same-cluster pairs that are gold pairs (1 when there are none)
 * @param pairRecall      share of gold pairs that are predicted (1 when there are none)
 * @param pairF1          harmonic mean of the two
 */
public record ClusteringScores(double bcubedPrecision, double bcubedRecall, double bcubedF1,
                               double pairPrecision, double pairRecall, double pairF1) {

    /**
     * Scores {@code predicted} against {@code gold}: item {@code i} is in predicted cluster
     * {@code predicted.get(i)} and gold cluster {@code gold.get(i)}. Labels are compared with equals.
     */
    public static <P, G> ClusteringScores of(List<P> predicted, List<G> gold) {
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(gold, "gold");
        if (predicted.size() != gold.size()) {
            throw new IllegalArgumentException("predicted and gold differ in size: " + predicted.size() + " and " + gold.size());
        }
        int n = predicted.size();
        if (n == 0) {
            return new ClusteringScores(1, 1, 1, 1, 1, 1);
        }
        Map<P, Integer> predictedSizes = new HashMap<>();
        Map<G, Integer> goldSizes = new HashMap<>();
        Map<Map.Entry<P, G>, Integer> overlaps = new HashMap<>();
        for (int i = 0; i < n; i++) {
            predictedSizes.merge(predicted.get(i), 1, Integer::sum);
            goldSizes.merge(gold.get(i), 1, Integer::sum);
            overlaps.merge(Map.entry(predicted.get(i), gold.get(i)), 1, Integer::sum);
        }
        double precisionSum = 0;
        double recallSum = 0;
        for (int i = 0; i < n; i++) {
            int overlap = overlaps.get(Map.entry(predicted.get(i), gold.get(i)));
            precisionSum += (double) overlap / predictedSizes.get(predicted.get(i));
            recallSum += (double) overlap / goldSizes.get(gold.get(i));
        }
        double p = precisionSum / n;
        double r = recallSum / n;
        double truePairs = overlaps.values().stream().mapToDouble(ClusteringScores::pairs).sum();
        double predictedPairs = predictedSizes.values().stream().mapToDouble(ClusteringScores::pairs).sum();
        double goldPairs = goldSizes.values().stream().mapToDouble(ClusteringScores::pairs).sum();
        double pp = predictedPairs == 0 ? 1 : truePairs / predictedPairs;
        double pr = goldPairs == 0 ? 1 : truePairs / goldPairs;
        return new ClusteringScores(p, r, f1(p, r), pp, pr, f1(pp, pr));
    }

    private static double pairs(int size) {
        return size * (size - 1) / 2.0;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
