package org.parallax.core.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * In how many articles of the open stories each term occurs: an article's terms are added when it
 * is placed (or restored) and taken out when its story is dropped from memory. Counts are integers,
 * so the IDF of a term depends only on which articles are open, never on the order they came in.
 * Both story groupers (online and the TF-IDF baseline) count with this.
 *
 * <p>Its IDF differs from {@link InverseDocumentFrequency}'s on purpose: here a term in nearly every
 * open article weighs nearly 0 (a name in every story of the week distinguishes nothing this week)
 * and the window's size is floored, while the brief's IDF over one story's few articles keeps a
 * shared term at weight 1 (there, shared words are what makes a sentence typical).
 */
public final class DocumentFrequencies {

    /** Smallest article count IDF assumes, so that a nearly empty window behaves like a real one. */
    public static final int MIN_DOCUMENTS = 100;

    private final Map<String, Integer> counts = new HashMap<>();
    private int documents;

    public void add(Set<String> terms) {
        documents++;
        for (String t : terms) {
            counts.merge(t, 1, Integer::sum);
        }
    }

    /** Takes out {@code articles} articles whose terms occur in {@code termArticles.get(t)} of them. */
    public void remove(Map<String, Integer> termArticles, int articles) {
        documents -= articles;
        termArticles.forEach((t, c) -> counts.computeIfPresent(t, (k, v) -> v - c > 0 ? v - c : null));
    }

    /** {@code ln((1 + N) / df)} with N at least {@link #MIN_DOCUMENTS}: near 0 for a term in every article. */
    public double idf(String term) {
        double n = Math.max(documents, MIN_DOCUMENTS);
        return Math.log((1.0 + n) / Math.max(1, counts.getOrDefault(term, 0)));
    }

    /** In how many open articles {@code term} occurs. */
    public int count(String term) {
        return counts.getOrDefault(term, 0);
    }

    public int documents() {
        return documents;
    }

    public int terms() {
        return counts.size();
    }
}
