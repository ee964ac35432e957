package org.parallax.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionScoreTest {

    @Test
    void averagesPrecisionAndRecallWhereDefinedThenTakesHarmonicMean() {
        ExtractionScore score = ExtractionScore.of(List.of(
                ShingleMatch.of("a b c d e", "a b c d x"),     // p 0.5, r 0.5
                ShingleMatch.of("x y z w x y z w", "x y z w"), // p 1,   r 0.2
                ShingleMatch.of("a b c d e", ""),              // no precision, r 0
                ShingleMatch.of("a b c", "a b c")));            // exact: p 1, r 1
        double precision = (0.5 + 1 + 1) / 3;
        double recall = (0.5 + 0.2 + 0 + 1) / 4;
        assertThat(score.precision()).isCloseTo(precision, within(1e-12));
        assertThat(score.recall()).isCloseTo(recall, within(1e-12));
        assertThat(score.f1()).isCloseTo(2 * precision * recall / (precision + recall), within(1e-12));
        assertThat(score.accuracy()).isCloseTo(0.25, within(1e-12));
        assertThat(score.pages()).isEqualTo(4);
    }

    @Test
    void noPagesScoreZero() {
        assertThat(ExtractionScore.of(List.of())).isEqualTo(new ExtractionScore(0, 0, 0, 0, 0));
    }
}
