package org.parallax.core.brief;

/**
 * Settings of {@link ExtractiveBriefComposer}.
 *
 * @param maxFacts              most facts in a brief (8, as in Improve The News briefs)
 * @param minFacts              facts a brief gets, when the articles allow, even if they are not
 *                              corroborated (4)
 * @param supportThreshold      cosine of IDF-weighted content-word vectors (IDF over the story's
 *                              sentences) from which a sentence of another outlet counts as saying
 *                              the same thing as a candidate fact. Default 0.25: on multi-outlet
 *                              evaluation stories, about four in five cross-outlet sentence pairs at
 *                              0.25 to 0.3 report the same fact in other words, against about half at
 *                              0.2 to 0.25 (the rest share only the story's names)
 * @param semanticSupportThreshold cosine of sentence-embedding vectors from which a headline or lead
 *                              sentence of another outlet restates a candidate fact in other words.
 *                              Default 0.6: on the labelled pairs in the app tests' fixture
 *                              {@code fact-pairs.tsv} (same story, same or another fact) every pair at
 *                              0.6 or more reports the same fact, and the highest "another fact" pair
 *                              is near 0.43, so 0.6 leaves a margin for stories whose sentences share
 *                              more names than the fixture's
 * @param duplicateThreshold    cosine from which a candidate repeats an already selected fact. Default
 *                              0.35, above the support threshold: two facts of one story may share a
 *                              name or two, but at 0.35 they share most of what they say
 * @param minFactWords          shortest fact, in words
 * @param maxFactChars          longest fact, in characters
 * @param candidateSentences    how many leading sentences of each article are fact candidates
 * @param maxArticles           most articles read per story (chosen round-robin across outlets), which
 *                              bounds the work on very large stories
 * @param narrativeMaxChars     a narrative stops adding sentences at this length
 * @param narrativeMaxSentences most sentences in a narrative
 * @param narrativeMinChars     leading sentences shorter than this are skipped
 */
public record BriefSettings(int maxFacts, int minFacts, double supportThreshold, double semanticSupportThreshold,
                            double duplicateThreshold,
                            int minFactWords, int maxFactChars, int candidateSentences, int maxArticles,
                            int narrativeMaxChars, int narrativeMaxSentences, int narrativeMinChars) {

    public BriefSettings {
        if (maxFacts < 1 || minFacts < 0 || minFacts > maxFacts || candidateSentences < 1 || maxArticles < 1
                || narrativeMaxSentences < 1) {
            throw new IllegalArgumentException("bad brief settings");
        }
        if (supportThreshold <= 0 || supportThreshold > 1 || duplicateThreshold <= 0 || duplicateThreshold > 1
                || semanticSupportThreshold <= 0 || semanticSupportThreshold > 1) {
            throw new IllegalArgumentException("thresholds must be in (0, 1]");
        }
    }

    public static BriefSettings defaults() {
        return new BriefSettings(8, 4, 0.25, 0.6, 0.35, 8, 400, 15, 40, 400, 3, 40);
    }
}
