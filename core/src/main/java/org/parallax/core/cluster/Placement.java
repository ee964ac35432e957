package org.parallax.core.cluster;

import java.util.List;

/**
 * Where an article went: the story it now belongs to, whether that story was opened for it, and
 * the stories that turned out to be the same event and were merged while placing it.
 */
public record Placement(long storyId, boolean opened, List<Merge> merges) {

    public Placement {
        merges = List.copyOf(merges);
    }

    public static Placement joined(long storyId) {
        return new Placement(storyId, false, List.of());
    }

    public static Placement opened(long storyId) {
        return new Placement(storyId, true, List.of());
    }

    /** Story {@code from} is the same event as story {@code into}: its articles now belong to {@code into}. */
    public record Merge(long from, long into) {
    }
}
