package org.parallax.core.subjectivity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectivityCuesTest {

    private static double cue(String sentence, String name) {
        return SubjectivityCues.of(sentence)[SubjectivityCues.NAMES.indexOf(name)];
    }

    @Test
    void wordsInsideQuotesAreSomeoneElsesNotTheWriters() {
        String quoted = "The senator called the bill \"a shameful disaster\" and said \"we must stop it.\"";
        String own = "The bill is a shameful disaster and we must stop it.";
        assertThat(cue(quoted, "loaded")).isZero();
        assertThat(cue(own, "loaded")).isPositive();
        assertThat(cue(quoted, "first_person")).isZero();
        assertThat(cue(own, "first_person")).isPositive();
        assertThat(cue(quoted, "prescriptive")).isZero();
        assertThat(cue(own, "prescriptive")).isPositive();
        assertThat(cue(quoted, "quoted_share")).isGreaterThan(0.3);
        assertThat(cue(own, "quoted_share")).isZero();
    }

    @Test
    void reportingMarksAndQuestionsAreSeen() {
        assertThat(cue("Officials said 40,000 homes lost power, according to the utility.", "reporting")).isEqualTo(1.0);
        assertThat(cue("Officials said 40,000 homes lost power.", "number")).isEqualTo(1.0);
        assertThat(cue("Who, exactly, voted for this?", "question_or_exclamation")).isEqualTo(1.0);
        assertThat(cue("\"Why now?\" the senator asked.", "question_or_exclamation")).isZero();
    }

    @Test
    void everyCueHasAName() {
        assertThat(SubjectivityCues.of("A sentence.")).hasSize(SubjectivityCues.NAMES.size());
        assertThat(SubjectivityFeatures.names(4, true)).hasSize(4 + SubjectivityCues.NAMES.size());
        assertThat(SubjectivityFeatures.of("A sentence.", new float[4], true)).hasSize(4 + SubjectivityCues.NAMES.size());
        assertThat(SubjectivityFeatures.names(4, false)).hasSize(4);
        assertThat(SubjectivityFeatures.of("A sentence.", new float[4], false)).hasSize(4);
    }
}
