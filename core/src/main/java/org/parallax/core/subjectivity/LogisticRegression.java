package org.parallax.core.subjectivity;

/**
 * L2-regularised logistic regression fitted by Newton's method: minimises the class-balanced mean
 * log loss plus {@code lambda / 2 * |w|^2} (the bias is not penalised). Each class weighs half of
 * the total, so a training set with more of one label does not move the decision boundary.
 * Deterministic: the same rows in the same order give bit-identical weights, which is what lets a
 * test check that the shipped weights come from the shipped training set.
 */
public final class LogisticRegression {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;

    private LogisticRegression() {
    }

    /** A fitted linear model: {@code p = sigmoid(bias + weights . x)}. */
    public record Fit(double[] weights, double bias) {
        public double probability(double[] x) {
            double z = bias;
            for (int i = 0; i < weights.length; i++) {
                z += weights[i] * x[i];
            }
            return sigmoid(z);
        }
    }

    /**
     * Fits the model to rows {@code x} (all of one length, ideally standardised) with labels
     * {@code y}; both classes must be present.
     */
    public static Fit fit(double[][] x, boolean[] y, double lambda) {
        int n = x.length;
        int d = x[0].length;
        int positives = 0;
        for (boolean label : y) {
            positives += label ? 1 : 0;
        }
        if (positives == 0 || positives == n) {
            throw new IllegalArgumentException("both classes are needed to fit a classifier");
        }
        double positiveWeight = 0.5 / positives;
        double negativeWeight = 0.5 / (n - positives);
        // theta = (w_0 .. w_{d-1}, bias)
        double[] theta = new double[d + 1];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[d + 1];
            double[][] hessian = new double[d + 1][d + 1];
            for (int r = 0; r < n; r++) {
                double[] row = x[r];
                double z = theta[d];
                for (int i = 0; i < d; i++) {
                    z += theta[i] * row[i];
                }
                double p = sigmoid(z);
                double weight = y[r] ? positiveWeight : negativeWeight;
                double residual = weight * (p - (y[r] ? 1 : 0));
                double curvature = weight * p * (1 - p);
                for (int i = 0; i < d; i++) {
                    gradient[i] += residual * row[i];
                    double ci = curvature * row[i];
                    double[] hi = hessian[i];
                    for (int j = 0; j <= i; j++) {
                        hi[j] += ci * row[j];
                    }
                    hessian[d][i] += ci;
                }
                gradient[d] += residual;
                hessian[d][d] += curvature;
            }
            for (int i = 0; i < d; i++) {
                gradient[i] += lambda * theta[i];
                hessian[i][i] += lambda;
            }
            hessian[d][d] += 1e-9;
            double[] step = Cholesky.solveSymmetricLower(hessian, gradient);
            double largest = 0;
            for (int i = 0; i <= d; i++) {
                theta[i] -= step[i];
                largest = Math.max(largest, Math.abs(step[i]));
            }
            if (largest < TOLERANCE) {
                break;
            }
        }
        double[] weights = new double[d];
        System.arraycopy(theta, 0, weights, 0, d);
        return new Fit(weights, theta[d]);
    }

    public static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
