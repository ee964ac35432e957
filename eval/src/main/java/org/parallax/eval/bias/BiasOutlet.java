package org.parallax.eval.bias;

import java.util.Locale;

/**
 * One row of a bias outlets file ({@code outlets-dev.tsv}).
 *
 * @param balyLabel     left, center, right or mixed
 * @param allsides      AllSides' 5-point rating, or an empty string
 * @param domainGroup   the split unit: outlets sharing a primary web domain
 */
public record BiasOutlet(String name, String url, String balyLabel, String allsides, String domainGroup) {

    /** The three-way bucket of {@code baly_label}: -1, 0, +1, or null for mixed. */
    public Integer bucket() {
        return switch (balyLabel.toLowerCase(Locale.ROOT)) {
            case "left" -> -1;
            case "center" -> 0;
            case "right" -> 1;
            default -> null;
        };
    }

    /** {@code allsides_rating} mapped to -2..2, or null when it is empty or not on the 5-point scale. */
    public Integer allsidesPoint() {
        return switch (allsides.toLowerCase(Locale.ROOT)) {
            case "left" -> -2;
            case "left-center" -> -1;
            case "center" -> 0;
            case "right-center" -> 1;
            case "right" -> 2;
            default -> null;
        };
    }
}
