package org.parallax.core.subjectivity;

/** Centres each feature on its training mean and divides it by its standard deviation (1 when constant). */
record Standardizer(double[] means, double[] scales) {

    static Standardizer of(double[][] rows) {
        int d = rows[0].length;
        double[] means = new double[d];
        double[] scales = new double[d];
        for (double[] row : rows) {
            for (int i = 0; i < d; i++) {
                means[i] += row[i];
            }
        }
        for (int i = 0; i < d; i++) {
            means[i] /= rows.length;
        }
        for (double[] row : rows) {
            for (int i = 0; i < d; i++) {
                double centred = row[i] - means[i];
                scales[i] += centred * centred;
            }
        }
        for (int i = 0; i < d; i++) {
            double sd = Math.sqrt(scales[i] / rows.length);
            scales[i] = sd > 1e-12 ? sd : 1;
        }
        return new Standardizer(means, scales);
    }

    double[] apply(double[] row) {
        double[] out = new double[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = (row[i] - means[i]) / scales[i];
        }
        return out;
    }

    double[][] apply(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = apply(rows[i]);
        }
        return out;
    }
}
