package org.parallax.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinaryScoresTest {
    @Test
    void macroF1AveragesTheF1OfBothClasses() {
        BinaryScores scores = new BinaryScores();
        scores.add(true, true);
        scores.add(true, true);
        scores.add(true, false);
        scores.add(false, false);
        // positive: tp 2, fp 0, fn 1 -> 0.8; negative: tp 1, fp 1, fn 0 -> 2/3
        assertThat(scores.macroF1()).isCloseTo((0.8 + 2.0 / 3) / 2, within(1e-9));
        assertThat(scores.accuracy()).isCloseTo(0.75, within(1e-9));
        assertThat(scores.count()).isEqualTo(4);
    }

    @Test
    void emptyScoresAreZero() {
        assertThat(new BinaryScores().macroF1()).isZero();
        assertThat(new BinaryScores().accuracy()).isZero();
    }
}
