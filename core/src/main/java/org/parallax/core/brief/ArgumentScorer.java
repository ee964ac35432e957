package org.parallax.core.brief;

import org.parallax.core.subjectivity.SubjectivityClassifier;

/**
 * How much a sentence argues, judges or feels rather than reports: the signal that finds a
 * narrative in a news report. Above zero reads as argument. Any sentence classifier fits behind
 * it; a classifier giving a probability p of "subjective" fits as {@code s -> p(s) - 0.5}.
 */
@FunctionalInterface
public interface ArgumentScorer {

    double score(String sentence);

    /** The hand-weighted cue classifier ({@link SubjectivityClassifier}). */
    static ArgumentScorer cues() {
        return new SubjectivityClassifier()::score;
    }
}
