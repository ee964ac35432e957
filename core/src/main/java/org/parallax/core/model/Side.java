package org.parallax.core.model;

/** Where an outlet sits on the left-right axis, as a reader-facing bucket of its stance score. */
public enum Side {
    LEFT, CENTER, RIGHT, UNRATED;

    /** Scores at or beyond this distance from zero leave the centre bucket. */
    public static final double CENTER_BAND = 0.33;

    public static Side ofStance(Rating stance) {
        if (stance == null) {
            return UNRATED;
        }
        if (stance.score() <= -CENTER_BAND) {
            return LEFT;
        }
        if (stance.score() >= CENTER_BAND) {
            return RIGHT;
        }
        return CENTER;
    }

    public String label() {
        return switch (this) {
            case LEFT -> "Left";
            case CENTER -> "Centre";
            case RIGHT -> "Right";
            case UNRATED -> "Unrated";
        };
    }
}
