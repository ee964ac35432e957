package org.parallax.core.forecast;

import java.time.Duration;
import java.util.Objects;

/**
 * When a market question is the story's nerd narrative.
 *
 * @param minSimilarity     least {@link SimilarityModel} score. Default 0.20, chosen on the labelled
 *                          sample in the tests ({@code forecast-matching.tsv}, TF-IDF with names damped):
 *                          no hard negative there scores above 0.10, so 0.20 keeps a twofold margin while
 *                          keeping most matches (precision 1.0, recall 0.58 over its labelled pairs)
 * @param minSharedEntities least number of the question's subject entities the story must name
 * @param minCoverage       least share of the question's subject entities the story must name. Default
 *                          0.6: more than half, so that a question about two countries does not match a
 *                          story that names only one of them ("Will the US and India sign a trade deal?"
 *                          is not about US-Canada trade talks)
 * @param freshness         the probability must have been read within this time of the story
 */
public record MatchSettings(double minSimilarity, int minSharedEntities, double minCoverage, Duration freshness) {

    public MatchSettings {
        Objects.requireNonNull(freshness, "freshness");
        if (minSimilarity <= 0 || minSimilarity > 1 || minSharedEntities < 1 || minCoverage < 0 || minCoverage > 1
                || freshness.isNegative()) {
            throw new IllegalArgumentException("bad match settings");
        }
    }

    public static MatchSettings defaults() {
        return new MatchSettings(0.20, 1, 0.6, Duration.ofDays(14));
    }

    public MatchSettings withMinSimilarity(double threshold) {
        return new MatchSettings(threshold, minSharedEntities, minCoverage, freshness);
    }
}
