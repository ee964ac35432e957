package org.parallax.core.subjectivity;

/**
 * The fact-or-opinion fallback when no sentence model is loaded (tools and tests that run without
 * one): the {@link SubjectivityCues} under weights set by hand on what a reader would point to, not
 * fitted to any data set. The writer speaking, prescriptions, evaluative and loaded words, hedges,
 * rhetorical punctuation and scare quotes push towards opinion; attribution and figures towards
 * reporting. The learned {@link LearnedSubjectivity} does better (on the CheckThat! 2025 English
 * dev set, macro-F1 0.79 for the CheckThat! model and 0.70 for the project's, against 0.58) and is
 * what the server uses.
 */
public final class CueSubjectivity implements SentenceSubjectivity {

    /** Per cue of {@link SubjectivityCues#NAMES}, in that order; each cue is scaled to about [0, 1]. */
    private static final double[] WEIGHTS = {
            2.0,   // first person: one "I" or "we" outside quotes is the writer speaking
            1.2,   // second person: the reader addressed
            1.6,   // prescriptive: "should", "must"
            1.4,   // evaluative words, up to four
            1.8,   // loaded words, up to three
            0.6,   // hedges
            0.7,   // question or exclamation
            0.4,   // scare quotes
            -1.0,  // reporting verbs, up to two
            -0.4,  // a figure
            0.0,   // share of quoted text
            0.0};  // length
    private static final double BIAS = -0.6;

    @Override
    public double subjectivity(String sentence) {
        if (sentence.isBlank()) {
            return 0;
        }
        double[] cues = SubjectivityCues.of(sentence);
        double score = BIAS;
        for (int i = 0; i < WEIGHTS.length; i++) {
            score += WEIGHTS[i] * cues[i];
        }
        return 1 / (1 + Math.exp(-2 * score));
    }

    @Override
    public double threshold() {
        return 0.5;
    }
}
