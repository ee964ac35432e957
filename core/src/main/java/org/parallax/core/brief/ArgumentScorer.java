package org.parallax.core.brief;

import org.parallax.core.subjectivity.CueSubjectivity;
import org.parallax.core.subjectivity.SentenceSubjectivity;

/**
 * How much a sentence argues, judges or feels rather than reports: the signal that finds a
 * narrative in a news report. Above zero reads as argument.
 */
@FunctionalInterface
public interface ArgumentScorer {

    double score(String sentence);

    /** A fact-or-opinion classifier's probability, less its threshold. */
    static ArgumentScorer of(SentenceSubjectivity classifier) {
        return sentence -> classifier.subjectivity(sentence) - classifier.threshold();
    }

    /** The hand-weighted cues ({@link CueSubjectivity}), for use without a sentence model. */
    static ArgumentScorer cues() {
        return of(new CueSubjectivity());
    }
}
