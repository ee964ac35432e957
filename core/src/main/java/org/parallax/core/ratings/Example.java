package org.parallax.core.ratings;

import java.util.Objects;

/**
 * A training outlet: its place on the axis, as far as it is known.
 *
 * @param outlet the outlet's key in the {@link PhraseTable}
 * @param target its position on the axis, in [-1, 1]
 * @param bucket its three-way bucket (-1, 0 or +1), or null when only the position is known
 */
public record Example(String outlet, double target, Integer bucket) {
    public Example {
        Objects.requireNonNull(outlet, "outlet");
        if (Double.isNaN(target) || target < -1 || target > 1) {
            throw new IllegalArgumentException("target must be in [-1, 1]: " + target);
        }
    }
}
