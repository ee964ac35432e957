package org.parallax.core.subjectivity;

/** A sentence with its fact-or-opinion label: {@code subjective} is true for SUBJ, false for OBJ. */
public record LabelledSentence(String id, String sentence, boolean subjective) {
}
