package org.parallax.core.subjectivity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectivityClassifierTest {
    private final SubjectivityClassifier classifier = new SubjectivityClassifier();

    @ParameterizedTest
    @ValueSource(strings = {
            "The council voted 7-2 on Tuesday to approve a $2.4 billion transit plan.",
            "Officials said more than 40,000 homes lost power across the coastal counties.",
            "The storm made landfall near Port Ashby early on Friday, according to the weather service.",
            "Construction of the first line is scheduled to begin next spring."})
    void reportingIsObjective(String sentence) {
        assertThat(classifier.isSubjective(sentence)).as(sentence).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We should have fixed the roads people already use.",
            "This plan is nothing more than a reckless giveaway, and everyone knows it.",
            "Why would anyone trust a council that cannot balance its own books?",
            "You simply cannot build your way out of traffic.",
            "It is a shameful episode that the city will regret for decades."})
    void argumentIsSubjective(String sentence) {
        assertThat(classifier.isSubjective(sentence)).as(sentence).isTrue();
    }
}
