package org.parallax.core.model;

import java.util.Optional;

/**
 * An axis on which outlets are rated, and along which a story's two narratives oppose each other:
 * left vs right (the outlet's stance) or establishment vs critical (its establishment rating).
 * An outlet takes a side of an axis when its rating is at least {@link Side#CENTER_BAND} from zero,
 * the same band that puts an outlet left or right of centre in the coverage counts.
 */
public enum Axis {
    LEFT_RIGHT, ESTABLISHMENT;

    /** The outlet's rating on this axis, or null while unrated. */
    public Rating ratingOf(Outlet outlet) {
        return switch (this) {
            case LEFT_RIGHT -> outlet.stance();
            case ESTABLISHMENT -> outlet.establishment();
        };
    }

    /** The side of this axis the outlet is on; empty when it is unrated or within the centre band. */
    public Optional<NarrativeSide> sideOf(Outlet outlet) {
        Rating rating = ratingOf(outlet);
        if (rating == null) {
            return Optional.empty();
        }
        if (rating.score() <= -Side.CENTER_BAND) {
            return Optional.of(negative());
        }
        if (rating.score() >= Side.CENTER_BAND) {
            return Optional.of(positive());
        }
        return Optional.empty();
    }

    /** The side at -1: left, or establishment-critical. */
    public NarrativeSide negative() {
        return this == LEFT_RIGHT ? NarrativeSide.LEFT : NarrativeSide.ESTABLISHMENT_CRITICAL;
    }

    /** The side at +1: right, or pro-establishment. */
    public NarrativeSide positive() {
        return this == LEFT_RIGHT ? NarrativeSide.RIGHT : NarrativeSide.PRO_ESTABLISHMENT;
    }

    /** "left vs right" or "establishment vs critical". */
    public String label() {
        return this == LEFT_RIGHT ? "left vs right" : "establishment vs critical";
    }
}
