package org.parallax.core.cluster.online;

import org.parallax.core.text.DocumentFrequencies;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike an article and a story (or two stories) are, between 0 and about 1, a story taken by its
 * {@link StoryState#profile profile} (its reports, or its argument pieces while it has no report):
 *
 * <pre>
 *   embeddingWeight × mean cosine of the sentence vectors (article against each story article)
 * + (1 - embeddingWeight) × cosine of TF-IDF vectors of headline and lead words
 * + entityWeight × share of the article's names that the story also has
 * </pre>
 *
 * The mean cosine is one dot product with the story's vector sum. Word weights are
 * {@code (1 + ln count) × idf} on both sides, the story's counts summed over its articles (so
 * words its articles agree on weigh more), IDF taken over the open window at the moment of
 * scoring. Without vectors on either side the word cosine stands alone.
 */
final class SimilarityScorer {

    private final OnlineGroupingSettings settings;

    SimilarityScorer(OnlineGroupingSettings settings) {
        this.settings = settings;
    }

    /** The article's TF-IDF weights under the current document frequencies, and their norm. */
    WeightedTerms weigh(ArticleFeatures article, DocumentFrequencies df) {
        return WeightedTerms.of(article.terms(), df);
    }

    double score(ArticleFeatures article, WeightedTerms words, StoryState story, DocumentFrequencies df) {
        StoryProfile profile = story.profile();
        double text = words.cosine(profile.termCounts, df);
        double names = 0;
        if (!article.entities().isEmpty()) {
            int shared = 0;
            for (String e : article.entities()) {
                if (profile.entities.containsKey(e)) {
                    shared++;
                }
            }
            names = (double) shared / article.entities().size();
        }
        return mix(meanCosine(article.vector(), profile), text) + settings.entityWeight() * names;
    }

    /** Similarity of two stories: mean cross cosine of their vectors, and the cosine of their summed words. */
    double score(StoryState storyA, StoryState storyB, DocumentFrequencies df) {
        StoryProfile a = storyA.profile();
        StoryProfile b = storyB.profile();
        double text = WeightedTerms.of(a.termCounts, df).cosine(WeightedTerms.of(b.termCounts, df));
        return mix(vectorCosine(storyA, storyB), text);
    }

    /** Mean cross cosine of two stories' sentence vectors (by their profiles), or NaN without vectors. */
    double vectorCosine(StoryState storyA, StoryState storyB) {
        StoryProfile a = storyA.profile();
        StoryProfile b = storyB.profile();
        if (a.vectorSum == null || b.vectorSum == null) {
            return Double.NaN;
        }
        double dot = 0;
        for (int i = 0; i < a.vectorSum.length; i++) {
            dot += (double) a.vectorSum[i] * b.vectorSum[i];
        }
        return dot / (StoryProfile.SCALE * StoryProfile.SCALE * a.vectors * b.vectors);
    }

    /** The cheap first ranking: mean vector cosine, or NaN without vectors. */
    double vectorScore(ArticleFeatures article, StoryState story) {
        return meanCosine(article.vector(), story.profile());
    }

    private double meanCosine(float[] vector, StoryProfile profile) {
        if (vector == null || profile.meanVector == null) {
            return Double.NaN;
        }
        return Dot.of(vector, profile.meanVector);
    }

    private double mix(double vectors, double text) {
        if (Double.isNaN(vectors)) {
            return text;
        }
        return settings.embeddingWeight() * vectors + (1 - settings.embeddingWeight()) * text;
    }

    /**
     * Sparse TF-IDF weights with their Euclidean norm. Sums of products are accumulated in fixed
     * point: maps iterate in an order that depends on their history (and, for immutable maps, on
     * the process), and a floating-point sum in another order may differ in its last bit, which
     * could tip a decision at a threshold after a restart.
     */
    record WeightedTerms(Map<String, Double> weights, double norm) {

        private static final double FIXED = 0x1p30;

        static WeightedTerms of(Map<String, Integer> counts, DocumentFrequencies df) {
            Map<String, Double> weights = new HashMap<>(counts.size() * 2);
            long sum = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * df.idf(e.getKey());
                weights.put(e.getKey(), w);
                sum += Math.round(w * w * FIXED);
            }
            return new WeightedTerms(weights, Math.sqrt(sum / FIXED));
        }

        /** Cosine with the TF-IDF vector of {@code counts}, in one pass and without building it. */
        double cosine(Map<String, Integer> counts, DocumentFrequencies df) {
            if (norm == 0 || counts.isEmpty()) {
                return 0;
            }
            long dot = 0;
            long squares = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * df.idf(e.getKey());
                squares += Math.round(w * w * FIXED);
                Double mine = weights.get(e.getKey());
                if (mine != null) {
                    dot += Math.round(mine * w * FIXED);
                }
            }
            return squares == 0 ? 0 : dot / FIXED / (norm * Math.sqrt(squares / FIXED));
        }

        double cosine(WeightedTerms other) {
            if (norm == 0 || other.norm == 0) {
                return 0;
            }
            Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
            Map<String, Double> large = small == weights ? other.weights : weights;
            long dot = 0;
            for (Map.Entry<String, Double> e : small.entrySet()) {
                Double w = large.get(e.getKey());
                if (w != null) {
                    dot += Math.round(e.getValue() * w * FIXED);
                }
            }
            return dot / FIXED / (norm * other.norm);
        }
    }
}
