package org.parallax.core.cluster.online;

/**
 * The dot product of float vectors with four running sums, which the processor can add in
 * parallel (one running sum waits for each addition before the next). The order of additions is
 * fixed, so the result is the same on every run.
 */
final class Dot {

    private Dot() {
    }

    static float of(float[] a, float[] b) {
        int n = a.length;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
