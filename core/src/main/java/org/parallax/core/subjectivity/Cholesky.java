package org.parallax.core.subjectivity;

/** Solves {@code A x = b} for a symmetric positive-definite A given by its lower triangle. */
final class Cholesky {

    private Cholesky() {
    }

    /** {@code a[i][j]} for {@code j <= i} is read; the upper triangle is ignored. {@code a} is overwritten. */
    static double[] solveSymmetricLower(double[][] a, double[] b) {
        int n = b.length;
        for (int j = 0; j < n; j++) {
            double diagonal = a[j][j];
            for (int k = 0; k < j; k++) {
                diagonal -= a[j][k] * a[j][k];
            }
            if (diagonal <= 0) {
                throw new IllegalArgumentException("matrix is not positive definite");
            }
            double l = Math.sqrt(diagonal);
            a[j][j] = l;
            for (int i = j + 1; i < n; i++) {
                double sum = a[i][j];
                double[] ai = a[i];
                double[] aj = a[j];
                for (int k = 0; k < j; k++) {
                    sum -= ai[k] * aj[k];
                }
                ai[j] = sum / l;
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= a[i][k] * y[k];
            }
            y[i] = sum / a[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= a[k][i] * x[k];
            }
            x[i] = sum / a[i][i];
        }
        return x;
    }
}
