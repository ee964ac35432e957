package org.parallax.core.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Smoothed inverse document frequencies over a fixed set of documents (each a list of terms):
 * {@code idf(t) = ln((1 + N) / (1 + df(t))) + 1}, so a term in every document keeps weight 1 and
 * an unseen term gets the highest weight.
 */
public final class InverseDocumentFrequency {

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    public InverseDocumentFrequency(Collection<? extends List<String>> documents) {
        for (List<String> doc : documents) {
            for (String term : new HashSet<>(doc)) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        this.documents = documents.size();
    }

    public double idf(String term) {
        return smoothed(documents, documentFrequency.getOrDefault(term, 0));
    }

    /** TF-IDF vector of a document's terms (raw counts times idf). */
    public TermVector vector(List<String> terms) {
        return TermVector.weighted(terms, this::idf);
    }

    /** The smoothing used here and by online grouping. */
    public static double smoothed(int documents, int documentFrequency) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency)) + 1.0;
    }
}
