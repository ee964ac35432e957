package org.parallax.core.text;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** An immutable sparse vector over terms, with its Euclidean norm precomputed. */
public final class TermVector {

    public static final TermVector EMPTY = new TermVector(Map.of());

    private final Map<String, Double> weights;
    private final double norm;

    private TermVector(Map<String, Double> weights) {
        this.weights = weights;
        double sum = 0;
        for (double w : weights.values()) {
            sum += w * w;
        }
        this.norm = Math.sqrt(sum);
    }

    /** A vector from explicit weights; zero and negative weights are dropped. */
    public static TermVector of(Map<String, Double> weights) {
        Map<String, Double> copy = new HashMap<>();
        weights.forEach((t, w) -> {
            if (w > 0) {
                copy.put(t, w);
            }
        });
        return copy.isEmpty() ? EMPTY : new TermVector(copy);
    }

    /** Term counts weighted by {@code weight(term)}: {@code count * weight}. */
    public static TermVector weighted(Collection<String> terms, ToDoubleFunction<String> weight) {
        Map<String, Double> counts = new HashMap<>();
        for (String t : terms) {
            counts.merge(t, 1.0, Double::sum);
        }
        counts.replaceAll((t, c) -> c * weight.applyAsDouble(t));
        return of(counts);
    }

    /** Plain term counts. */
    public static TermVector counts(Collection<String> terms) {
        return weighted(terms, t -> 1.0);
    }

    public double weight(String term) {
        return weights.getOrDefault(term, 0.0);
    }

    public Map<String, Double> weights() {
        return Collections.unmodifiableMap(weights);
    }

    public int size() {
        return weights.size();
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    public double norm() {
        return norm;
    }

    public double dot(TermVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double sum = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                sum += e.getValue() * w;
            }
        }
        return sum;
    }

    /** Cosine similarity in [0, 1]; 0 when either vector is empty. */
    public double cosine(TermVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        return dot(other) / (norm * other.norm);
    }

    @Override
    public String toString() {
        return weights.toString();
    }
}
