package org.parallax.core.subjectivity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueSubjectivityTest {

    private final CueSubjectivity cues = new CueSubjectivity();

    @Test
    void theWriterJudgingReadsAsOpinion() {
        assertThat(cues.isSubjective("We should be ashamed that this disastrous bill ever reached the floor.")).isTrue();
        assertThat(cues.isSubjective("Frankly, you have to wonder whether anyone in charge really cares.")).isTrue();
    }

    @Test
    void attributedReportingWithFiguresReadsAsFact() {
        assertThat(cues.isSubjective("The council voted 7-2 on Tuesday to raise fares by 25 cents, officials said.")).isFalse();
        assertThat(cues.isSubjective("The senator called the bill \"a disaster for working families,\" her office said.")).isFalse();
    }

    @Test
    void aBlankSentenceIsNoOpinion() {
        assertThat(cues.subjectivity(" ")).isZero();
    }
}
