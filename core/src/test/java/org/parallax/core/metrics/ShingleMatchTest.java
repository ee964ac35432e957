package org.parallax.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleMatchTest {

    @Test
    void identicalTextsMatchFullyAndExactly() {
        ShingleMatch match = ShingleMatch.of("One two, three four five.", "one two three four five".replace("one", "One"));
        assertThat(match.truePositives()).isEqualTo(1.0);
        assertThat(match.precision()).isEqualTo(1.0);
        assertThat(match.recall()).isEqualTo(1.0);
        assertThat(match.exact()).isTrue();
    }

    @Test
    void countsAreNormalisedBySumOfAllThree() {
        // truth shingles {a b c d, b c d e}; predicted {a b c d, b c d x}
        ShingleMatch match = ShingleMatch.of("a b c d e", "a b c d x");
        assertThat(match.truePositives()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(match.falsePositives()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(match.falseNegatives()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(match.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(match.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(match.exact()).isFalse();
    }

    @Test
    void repeatedShinglesCountWithMultiplicity() {
        // truth: x y z w twice gives 5 shingles, "x y z w" twice; the prediction has it once
        ShingleMatch match = ShingleMatch.of("x y z w x y z w", "x y z w");
        assertThat(match.precision()).isEqualTo(1.0);
        assertThat(match.recall()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void textsShorterThanFourTokensAreOneShorterShingle() {
        assertThat(ShingleMatch.shingles(WordTokens.of("one two"))).isEqualTo(Map.of("one two", 1));
        assertThat(ShingleMatch.shingles(WordTokens.of(""))).isEmpty();
        ShingleMatch match = ShingleMatch.of("one two", "one two three");
        assertThat(match.precision()).isZero();
        assertThat(match.recall()).isZero();
    }

    @Test
    void emptyPredictionHasRecallZeroAndNoPrecision() {
        ShingleMatch match = ShingleMatch.of("a b c d e", "  ");
        assertThat(match.hasPrediction()).isFalse();
        assertThat(match.hasTruth()).isTrue();
        assertThat(match.recall()).isZero();

        ShingleMatch bothEmpty = ShingleMatch.of("", "");
        assertThat(bothEmpty.hasPrediction()).isFalse();
        assertThat(bothEmpty.hasTruth()).isFalse();
        assertThat(bothEmpty.exact()).isTrue();
    }
}
