package org.parallax.core.model;

import java.util.Objects;

/**
 * One side's framing of a story: 1 to 3 consecutive sentences from one piece (an opinion or
 * analysis piece, or an argumentative passage of a news report when that side has no such piece),
 * copied with runs of whitespace collapsed to one space.
 *
 * @param label the heading of the narrative in the brief, e.g. "Left narrative" or
 *              "Establishment-critical narrative" ({@link NarrativeSide#heading()}); briefs composed
 *              before narratives were labelled by side say "Narrative A" or "Narrative B"
 * @param side  the side the narrative speaks for, e.g. "Left" or "Establishment-critical"
 *              ({@link NarrativeSide#label()})
 * @param axis  the axis along which the story's two narratives oppose each other; null in briefs
 *              composed before narratives had an axis
 * @param kind  what the source piece is (an opinion or analysis piece, or a news report); null in
 *              briefs composed before it was recorded
 */
public record Narrative(String label, String side, Axis axis, ArticleKind kind, String text, SourceRef source) {
    public Narrative {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }

    /** A narrative for one side of an axis, labelled with that side. */
    public static Narrative of(NarrativeSide side, ArticleKind kind, String text, SourceRef source) {
        return new Narrative(side.heading(), side.label(), side.axis(), kind, text, source);
    }
}
