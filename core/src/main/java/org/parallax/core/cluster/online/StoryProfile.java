package org.parallax.core.cluster.online;

import java.util.HashMap;
import java.util.Map;

/**
 * What the scorer compares of a story: exact sums over a set of its articles (its reports, or its
 * argument pieces), kept so that the similarity to a new article costs the same for a story of
 * three articles as for one of three hundred. Every sum is exact integer arithmetic (vectors in
 * fixed point), so a profile is the same whatever order its articles were added in.
 */
final class StoryProfile {

    /** Fixed-point scale of vector components: 2^20, far finer than the model's own precision. */
    static final double SCALE = 1 << 20;

    int articles;
    /** Articles with a vector, and the fixed-point sum of their vectors (null until the first). */
    int vectors;
    long[] vectorSum;
    /** The mean vector, derived from the exact sum after every change (so it is exact too). */
    float[] meanVector;
    /** Per term: summed count over the articles. */
    final Map<String, Integer> termCounts = new HashMap<>();
    /** Per name: articles that mention it. */
    final Map<String, Integer> entities = new HashMap<>();

    void add(ArticleFeatures a) {
        articles++;
        if (a.vector() != null) {
            if (vectorSum == null) {
                vectorSum = new long[a.vector().length];
            }
            for (int i = 0; i < vectorSum.length; i++) {
                vectorSum[i] += Math.round(a.vector()[i] * SCALE);
            }
            vectors++;
            updateMean();
        }
        a.terms().forEach((t, c) -> termCounts.merge(t, c, Integer::sum));
        a.entities().forEach(e -> entities.merge(e, 1, Integer::sum));
    }

    void absorb(StoryProfile other) {
        articles += other.articles;
        if (other.vectorSum != null) {
            if (vectorSum == null) {
                vectorSum = new long[other.vectorSum.length];
            }
            for (int i = 0; i < vectorSum.length; i++) {
                vectorSum[i] += other.vectorSum[i];
            }
            vectors += other.vectors;
            updateMean();
        }
        other.termCounts.forEach((t, c) -> termCounts.merge(t, c, Integer::sum));
        other.entities.forEach((e, c) -> entities.merge(e, c, Integer::sum));
    }

    private void updateMean() {
        if (meanVector == null) {
            meanVector = new float[vectorSum.length];
        }
        for (int i = 0; i < vectorSum.length; i++) {
            meanVector[i] = (float) (vectorSum[i] / (SCALE * vectors));
        }
    }
}
