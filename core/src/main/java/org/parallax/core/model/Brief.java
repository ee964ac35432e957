package org.parallax.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The published summary of a story, in the layout of an Improve The News brief.
 *
 * @param narratives   empty, or two opposing narratives
 * @param missingView  when narratives are empty: which side's argument is missing, else null
 * @param forecast     the nerd narrative, or null when no market matches the story
 * @param titleSource  the article whose headline is the title, or null when unknown
 */
public record Brief(long storyId, String title, Topic topic, List<Fact> facts, List<Narrative> narratives,
                    String missingView, Forecast forecast, Coverage coverage, Instant composedAt,
                    SourceRef titleSource) {
    public Brief {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(topic, "topic");
        facts = List.copyOf(facts);
        narratives = List.copyOf(narratives);
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(composedAt, "composedAt");
    }

    /** A brief whose title's source is not known. */
    public Brief(long storyId, String title, Topic topic, List<Fact> facts, List<Narrative> narratives,
                 String missingView, Forecast forecast, Coverage coverage, Instant composedAt) {
        this(storyId, title, topic, facts, narratives, missingView, forecast, coverage, composedAt, null);
    }
}
