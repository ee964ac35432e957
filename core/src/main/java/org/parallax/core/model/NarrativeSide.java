package org.parallax.core.model;

/** A side of an {@link Axis}, as a narrative of a brief is labelled with it. */
public enum NarrativeSide {
    LEFT("Left", "the left"),
    RIGHT("Right", "the right"),
    PRO_ESTABLISHMENT("Pro-establishment", "pro-establishment outlets"),
    ESTABLISHMENT_CRITICAL("Establishment-critical", "establishment-critical outlets");

    private final String label;
    private final String who;

    NarrativeSide(String label, String who) {
        this.label = label;
        this.who = who;
    }

    public Axis axis() {
        return this == LEFT || this == RIGHT ? Axis.LEFT_RIGHT : Axis.ESTABLISHMENT;
    }

    public NarrativeSide opposite() {
        return switch (this) {
            case LEFT -> RIGHT;
            case RIGHT -> LEFT;
            case PRO_ESTABLISHMENT -> ESTABLISHMENT_CRITICAL;
            case ESTABLISHMENT_CRITICAL -> PRO_ESTABLISHMENT;
        };
    }

    /** "Left", "Pro-establishment": the side as a reader sees it beside an outlet. */
    public String label() {
        return label;
    }

    /** "Left narrative", "Establishment-critical narrative": the heading of its narrative in a brief. */
    public String heading() {
        return label + " narrative";
    }

    /** "the left", "establishment-critical outlets": the side in a sentence. */
    public String who() {
        return who;
    }
}
