package org.parallax.eval.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpearmanTest {
    @Test
    void ranksWithTiesAndKnownValues() {
        assertThat(Spearman.of(new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 40})).isEqualTo(1.0);
        assertThat(Spearman.of(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1})).isEqualTo(-1.0);
        assertThat(Spearman.ranks(new double[] {5, 1, 5, 3})).containsExactly(3.5, 1, 3.5, 2);
        // scipy.stats.spearmanr([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) = 0.8
        assertThat(Spearman.of(new double[] {1, 2, 3, 4, 5}, new double[] {2, 1, 4, 3, 5})).isCloseTo(0.8, within(1e-12));
        assertThat(Spearman.of(new double[] {1, 1}, new double[] {1, 2})).isNaN();
    }
}
