package org.parallax.core.forecast;

import java.util.Set;

/**
 * A question scored against a story.
 *
 * @param similarity     the {@link SimilarityModel} score
 * @param sharedEntities the question's subject entities that the story names too
 * @param coverage       the share of the question's subject entities that the story names
 * @param onlyCommon     every shared entity is one that many questions name ("US"): weak evidence of a
 *                       shared subject, so twice the similarity is needed
 */
public record Candidate(MarketQuestion question, double similarity, Set<String> sharedEntities, double coverage,
                        boolean onlyCommon) {

    public Candidate {
        sharedEntities = Set.copyOf(sharedEntities);
    }

    /** Whether the text evidence is strong enough (time is checked separately). */
    public boolean passes(MatchSettings settings) {
        double needed = onlyCommon ? Math.min(1, 2 * settings.minSimilarity()) : settings.minSimilarity();
        return sharedEntities.size() >= settings.minSharedEntities() && coverage >= settings.minCoverage()
                && similarity >= needed;
    }
}
