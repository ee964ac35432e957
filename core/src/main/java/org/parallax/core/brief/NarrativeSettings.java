package org.parallax.core.brief;

/**
 * Settings of {@link NarrativeSelector}.
 *
 * @param maxChars            a narrative stops adding sentences at this length
 * @param maxSentences        most sentences in a narrative
 * @param minChars            a narrative never starts with a sentence shorter than this
 * @param openingSentences    how many usable leading sentences of an opinion or analysis piece can
 *                            start its narrative (the thesis of such a piece comes within its first
 *                            few paragraphs)
 * @param reportSentences     how many leading sentences of a news report are searched for an
 *                            argumentative passage
 * @param reportThreshold     the {@link ArgumentScorer} score a news report's loaded sentence must
 *                            exceed to speak for its side (default zero, the scorer's own boundary
 *                            between reporting and argument)
 * @param maxReports          most news reports read for argumentative passages per story (taken
 *                            round-robin across outlets), which bounds the work on very large stories
 * @param establishmentMargin how much wider the gap between the two sides must be on the
 *                            establishment axis than on the left-right axis for the narratives to
 *                            oppose establishment and critical outlets; left vs right is what readers
 *                            expect, and the ratings are coarse estimates, so a small difference
 *                            between the gaps is noise
 */
public record NarrativeSettings(int maxChars, int maxSentences, int minChars, int openingSentences,
                                int reportSentences, double reportThreshold, int maxReports,
                                double establishmentMargin) {

    public NarrativeSettings {
        if (maxChars < minChars || maxSentences < 1 || openingSentences < 1 || reportSentences < 1 || maxReports < 1
                || establishmentMargin < 0) {
            throw new IllegalArgumentException("bad narrative settings");
        }
    }

    /** The narrative settings of a brief's settings, with the defaults for the rest. */
    public static NarrativeSettings from(BriefSettings brief) {
        return new NarrativeSettings(brief.narrativeMaxChars(), brief.narrativeMaxSentences(),
                brief.narrativeMinChars(), 6, 20, 0.0, brief.maxArticles(), 0.25);
    }

    public static NarrativeSettings defaults() {
        return from(BriefSettings.defaults());
    }
}
