package org.parallax.core.subjectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    /** Two noisy clouds: the label is whether 2*x0 - x1 + noise > 0. */
    private static double[][] rows(int n, Random random, boolean[] labels) {
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            labels[i] = 2 * x[i][0] - x[i][1] + 0.3 * random.nextGaussian() > 0;
        }
        return x;
    }

    @Test
    void learnsTheDirectionThatSeparatesTheClasses() {
        boolean[] y = new boolean[400];
        double[][] x = rows(400, new Random(1), y);
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y, 0.01);
        assertThat(fit.weights()[0]).isPositive();
        assertThat(fit.weights()[1]).isNegative();
        assertThat(Math.abs(fit.weights()[2])).isLessThan(Math.abs(fit.weights()[1]) / 3);
        assertThat(fit.probability(new double[] {2, -1, 0})).isGreaterThan(0.9);
        assertThat(fit.probability(new double[] {-2, 1, 0})).isLessThan(0.1);
    }

    @Test
    void theSameRowsGiveBitIdenticalWeights() {
        boolean[] y = new boolean[200];
        double[][] x = rows(200, new Random(7), y);
        LogisticRegression.Fit first = LogisticRegression.fit(x, y, 0.1);
        LogisticRegression.Fit second = LogisticRegression.fit(x, y, 0.1);
        assertThat(second.weights()).containsExactly(first.weights());
        assertThat(second.bias()).isEqualTo(first.bias());
    }

    @Test
    void strongerRegularisationShrinksTheWeights() {
        boolean[] y = new boolean[200];
        double[][] x = rows(200, new Random(3), y);
        double weak = norm(LogisticRegression.fit(x, y, 0.001).weights());
        double strong = norm(LogisticRegression.fit(x, y, 1.0).weights());
        assertThat(strong).isLessThan(weak / 2);
    }

    @Test
    void oneClassAloneCannotBeFitted() {
        assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}, {2}}, new boolean[] {true, true}, 0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double norm(double[] w) {
        double sum = 0;
        for (double v : w) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
