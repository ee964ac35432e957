package org.parallax.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

    @Test
    void perfectClusteringScoresOne() {
        ClusteringScores s = ClusteringScores.of(List.of(7, 7, 9), List.of("a", "a", "b"));
        assertThat(s.bcubedF1()).isEqualTo(1.0);
        assertThat(s.pairF1()).isEqualTo(1.0);
    }

    @Test
    void allSingletonsHaveFullPrecisionAndPartialRecall() {
        // gold: {0,1,2} {3}; predicted: every item alone
        ClusteringScores s = ClusteringScores.of(List.of(1, 2, 3, 4), List.of(0, 0, 0, 1));
        assertThat(s.bcubedPrecision()).isEqualTo(1.0);
        assertThat(s.bcubedRecall()).isCloseTo((1.0 / 3 * 3 + 1) / 4, offset(1e-12));
        assertThat(s.pairPrecision()).isEqualTo(1.0); // no predicted pairs
        assertThat(s.pairRecall()).isEqualTo(0.0);
        assertThat(s.pairF1()).isEqualTo(0.0);
    }

    @Test
    void worksTheTextbookExample() {
        // gold {a1,a2,a3} {b1,b2}; predicted {a1,a2} {a3,b1,b2}
        ClusteringScores s = ClusteringScores.of(List.of(1, 1, 2, 2, 2), List.of("a", "a", "a", "b", "b"));
        // precision: a1,a2: 1; a3: 1/3; b1,b2: 2/3 -> (2 + 1/3 + 4/3) / 5
        assertThat(s.bcubedPrecision()).isCloseTo((2 + 1.0 / 3 + 4.0 / 3) / 5, offset(1e-12));
        // recall: a1,a2: 2/3; a3: 1/3; b1,b2: 1 -> (4/3 + 1/3 + 2) / 5
        assertThat(s.bcubedRecall()).isCloseTo((4.0 / 3 + 1.0 / 3 + 2) / 5, offset(1e-12));
        // pairs: predicted {a1a2, a3b1, a3b2, b1b2} = 4, gold {a1a2, a1a3, a2a3, b1b2} = 4, common 2
        assertThat(s.pairPrecision()).isEqualTo(0.5);
        assertThat(s.pairRecall()).isEqualTo(0.5);
    }

    @Test
    void refusesListsOfDifferentLengths() {
        assertThatThrownBy(() -> ClusteringScores.of(List.of(1), List.of(1, 2))).isInstanceOf(IllegalArgumentException.class);
    }
}
