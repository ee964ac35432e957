package org.parallax.core.ratings;

/**
 * Where the model places an outlet on one axis.
 *
 * @param score    the position, clamped to [-1, 1]
 * @param low      the lower end of the 90% interval (clamped)
 * @param high     the upper end of the 90% interval (clamped)
 * @param articles how many of the outlet's articles the placement rests on
 * @param bucket   -1, 0 or +1: below, between or above the model's two cut points
 */
public record Placement(double score, double low, double high, int articles, int bucket) {

    /** The interval's width: 0 is certain, 2 says nothing. */
    public double width() {
        return high - low;
    }
}
