package org.parallax.core.model;

/**
 * One side's framing of a story: 1 to 3 consecutive sentences from one opinion or analysis piece.
 *
 * @param label "Narrative A" or "Narrative B" in the brief
 * @param side  the side of the argument's outlet, e.g. "Left" or "Establishment-critical"
 */
public record Narrative(String label, String side, String text, SourceRef source) {
}
