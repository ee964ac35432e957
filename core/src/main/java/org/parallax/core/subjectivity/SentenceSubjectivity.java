package org.parallax.core.subjectivity;

import java.util.ArrayList;
import java.util.List;

/**
 * Fact or opinion: how likely a sentence gives its writer's own view (an evaluation, a speculation,
 * an exhortation, irony, loaded wording) rather than reporting something checkable, including what
 * someone else said or thinks. What the brief composer asks when it keeps opinion out of facts and
 * looks for framings in narratives.
 */
public interface SentenceSubjectivity {

    /** The probability, in [0, 1], that the sentence is subjective. */
    double subjectivity(String sentence);

    /** The probability from which a sentence counts as subjective. */
    double threshold();

    /** Whether the sentence is subjective at the implementation's decision threshold. */
    default boolean isSubjective(String sentence) {
        return subjectivity(sentence) >= threshold();
    }

    /** {@link #subjectivity} of several sentences, in their order; may be faster than one call each. */
    default List<Double> subjectivities(List<String> sentences) {
        List<Double> out = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            out.add(subjectivity(sentence));
        }
        return out;
    }
}
