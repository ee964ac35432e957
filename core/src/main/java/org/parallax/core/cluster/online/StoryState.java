package org.parallax.core.cluster.online;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An open story as the grouper holds it: sums over its articles, kept so that the similarity to a
 * new article costs the same for a story of three articles as for one of three hundred.
 *
 * <p>Every sum is exact integer arithmetic (vectors in fixed point), so a story's state is the same
 * whatever order its articles were added in: what a restart relies on.
 */
final class StoryState {

    /** Fixed-point scale of vector components: 2^20, far finer than the model's own precision. */
    static final double SCALE = 1 << 20;

    final long id;
    Instant first;
    Instant last;
    /** Articles with a vector, and the fixed-point sum of their vectors (null until the first). */
    int vectors;
    long[] vectorSum;
    /** The mean vector, derived from the exact sum after every change (so it is exact too). */
    float[] meanVector;
    /** Per term: summed count over articles, and number of articles that contain it. */
    final Map<String, Integer> termCounts = new HashMap<>();
    final Map<String, Integer> termArticles = new HashMap<>();
    final Map<String, Integer> entities = new HashMap<>();
    final List<Member> members = new ArrayList<>();

    /** What eviction and merges need to know of an article: its id and its hash keys. */
    record Member(long articleId, int[] hashKeys) {
    }

    StoryState(long id, Instant time) {
        this.id = id;
        this.first = time;
        this.last = time;
    }

    int articles() {
        return members.size();
    }

    void add(ArticleFeatures a) {
        members.add(new Member(a.articleId(), a.hashKeys()));
        widen(a.time(), a.time());
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
        a.terms().forEach((t, c) -> {
            termCounts.merge(t, c, Integer::sum);
            termArticles.merge(t, 1, Integer::sum);
        });
        a.entities().forEach(e -> entities.merge(e, 1, Integer::sum));
    }

    /** Takes every article of {@code other} into this story. */
    void absorb(StoryState other) {
        members.addAll(other.members);
        widen(other.first, other.last);
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
        other.termArticles.forEach((t, c) -> termArticles.merge(t, c, Integer::sum));
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

    private void widen(Instant from, Instant to) {
        if (from.isBefore(first)) {
            first = from;
        }
        if (to.isAfter(last)) {
            last = to;
        }
    }
}
