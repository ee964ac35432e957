package org.parallax.core.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Document frequencies over the articles of the open stories only: an article's terms are added
 * when it is placed and removed when its story is evicted. Memory follows the window, not the
 * archive, and IDF reflects what is common in the current news (a name in every story this week
 * distinguishes little this week).
 */
final class WindowedDocumentFrequencies {

    /** Smallest document count IDF assumes, so that a window of a few articles behaves like a real one. */
    static final int MIN_DOCUMENTS = 100;

    private final Map<String, Integer> frequencies = new HashMap<>();
    private int documents;

    void add(Set<String> terms) {
        documents++;
        for (String t : terms) {
            frequencies.merge(t, 1, Integer::sum);
        }
    }

    /** Removes {@code articles} documents whose terms occur {@code termCounts.get(t)} times. */
    void remove(Map<String, Integer> termCounts, int articles) {
        documents -= articles;
        termCounts.forEach((t, c) -> frequencies.computeIfPresent(t, (k, v) -> v - c > 0 ? v - c : null));
    }

    /**
     * {@code ln((1 + N) / df)}, where the article being weighed is already counted: always positive,
     * near zero for a term in nearly every open article (so a name in every story of the week adds
     * little), and {@code ln(1 + N)} for a term seen only in this article. N is at least
     * {@link #MIN_DOCUMENTS}: in a nearly empty window, the name that one story's few articles
     * share would otherwise weigh as little as a common word.
     */
    double idf(String term) {
        double documentsSeen = Math.max(documents, MIN_DOCUMENTS);
        return Math.log((1.0 + documentsSeen) / Math.max(1, frequencies.getOrDefault(term, 0)));
    }

    int documents() {
        return documents;
    }

    int terms() {
        return frequencies.size();
    }
}
