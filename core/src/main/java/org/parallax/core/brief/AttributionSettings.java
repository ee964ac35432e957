package org.parallax.core.brief;

/**
 * Thresholds of the {@link ClaimMatcher}: when a sentence of another outlet's article counts as
 * stating the claim of a fact.
 *
 * <p>The defaults were checked on the judged sample in {@code eval/src/main/resources/attribution/}
 * (see its README for the figures): looser thresholds found more credits on its calibration half but
 * also credit a same-subject sentence that says something else, so these stricter ones stay.
 *
 * @param minCoverage      share of the fact's content words (IDF-weighted over the story's sentences)
 *                         the other sentence must carry; below it the pair is not even compared by
 *                         meaning, which keeps composition cheap
 * @param minCosine        sentence-embedding cosine the pair must reach at the least
 * @param minScore         the credit threshold on the combined score
 *                         {@code (cosine + coverage) / 2 - 0.1 * missing names share}
 * @param doubtMargin      credits scoring less than this above {@code minScore} are the ones the audit
 *                         lists as doubtful
 * @param minSynonym       cosine of two words' vectors from which a word of the other sentence counts
 *                         for a word of the fact in the word coverage (1: only the word itself counts)
 */
public record AttributionSettings(double minCoverage, double minCosine, double minScore, double doubtMargin,
                                  double minSynonym) {

    public AttributionSettings {
        if (minCoverage < 0 || minCoverage > 1 || minCosine < -1 || minCosine > 1 || doubtMargin < 0
                || minSynonym < 0 || minSynonym > 1) {
            throw new IllegalArgumentException("bad attribution settings");
        }
    }

    public static AttributionSettings defaults() {
        return new AttributionSettings(0.3, 0.55, 0.65, 0.05, 0.43);
    }
}
