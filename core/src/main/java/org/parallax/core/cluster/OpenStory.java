package org.parallax.core.cluster;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A story that can still receive articles: the sum of its articles' unit TF-IDF vectors (whose
 * direction is the centroid), its time span, and per term how many of its articles contain it
 * (to index it and to take its articles back out of the document frequencies on eviction).
 */
final class OpenStory {

    final long id;
    Instant first;
    Instant last;
    int articles;
    private final Map<String, Double> centroid = new HashMap<>();
    private final Map<String, Integer> termArticles = new HashMap<>();
    private double norm;

    OpenStory(long id, Instant time) {
        this.id = id;
        this.first = time;
        this.last = time;
    }

    /** Cosine between a unit vector and the centroid. */
    double cosine(Map<String, Double> unitVector) {
        if (norm == 0) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : unitVector.entrySet()) {
            Double c = centroid.get(e.getKey());
            if (c != null) {
                dot += e.getValue() * c;
            }
        }
        return dot / norm;
    }

    void add(Map<String, Double> unitVector, Instant time) {
        unitVector.forEach((t, w) -> centroid.merge(t, w, Double::sum));
        unitVector.keySet().forEach(t -> termArticles.merge(t, 1, Integer::sum));
        double sum = 0;
        for (double w : centroid.values()) {
            sum += w * w;
        }
        norm = Math.sqrt(sum);
        articles++;
        if (time.isBefore(first)) {
            first = time;
        }
        if (time.isAfter(last)) {
            last = time;
        }
    }

    Map<String, Integer> termArticles() {
        return termArticles;
    }
}
