package org.parallax.core.cluster.online;

import java.util.SplittableRandom;

/**
 * Random-hyperplane locality-sensitive hashing (Charikar, 2002) for cosine similarity: each table
 * draws {@code bits} random Gaussian directions, and a vector's key in that table has one bit per
 * direction, set when the vector lies on its positive side. Two vectors at angle θ agree on a bit
 * with probability 1 - θ/π, so near vectors share a key in at least one of several tables with high
 * probability while far ones rarely do. The directions come from a fixed seed: the same vector
 * always gets the same keys, across restarts.
 */
final class HyperplaneHash {

    private final int tables;
    private final int bits;
    private final int dimensions;
    private final float[][] planes;

    HyperplaneHash(int dimensions, int tables, int bits, long seed) {
        this.tables = tables;
        this.bits = bits;
        this.dimensions = dimensions;
        this.planes = new float[tables * bits][dimensions];
        SplittableRandom random = new SplittableRandom(seed);
        for (float[] plane : planes) {
            for (int d = 0; d < dimensions; d++) {
                plane[d] = (float) gaussian(random);
            }
        }
    }

    int tables() {
        return tables;
    }

    int dimensions() {
        return dimensions;
    }

    /** The vector's key in each table. */
    int[] keys(float[] vector) {
        if (vector.length != dimensions) {
            throw new IllegalArgumentException("expected " + dimensions + " dimensions, got " + vector.length);
        }
        int[] keys = new int[tables];
        for (int t = 0; t < tables; t++) {
            int key = 0;
            for (int b = 0; b < bits; b++) {
                key = (key << 1) | (Dot.of(planes[t * bits + b], vector) >= 0 ? 1 : 0);
            }
            keys[t] = key;
        }
        return keys;
    }

    /** Box-Muller: SplittableRandom has no nextGaussian of its own that is stable across JDKs. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
