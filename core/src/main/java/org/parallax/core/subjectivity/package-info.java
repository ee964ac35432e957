/**
 * Fact or opinion, sentence by sentence: the {@link org.parallax.core.subjectivity.SentenceSubjectivity}
 * contract, its learned implementation ({@link org.parallax.core.subjectivity.LearnedSubjectivity}:
 * logistic regression over a sentence vector and surface cues), the deterministic trainer and the
 * CheckThat!-shaped TSV reader. The model and the project's own training sentences are resources of
 * this package; their README says how the sentences were written and labelled.
 */
package org.parallax.core.subjectivity;
