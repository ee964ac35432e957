package org.parallax.core.model;

import java.util.Objects;

/**
 * A score on one axis, in [-1, 1], with where it came from. On the stance axis -1 is left and +1
 * right; on the establishment axis -1 is critical of and +1 aligned with established power.
 *
 * @param score      the position on the axis
 * @param provenance who or what gave the score, shown to readers beside it
 */
public record Rating(double score, String provenance) {
    public Rating {
        if (Double.isNaN(score) || score < -1 || score > 1) {
            throw new IllegalArgumentException("rating score must be in [-1, 1]: " + score);
        }
        Objects.requireNonNull(provenance, "provenance");
    }
}
