package org.parallax.core.cluster;

import java.util.function.LongSupplier;

/**
 * Online story grouping: each arriving article joins an open story or starts a new one, and
 * stories found to be the same event are merged. Implementations keep their state in memory; the
 * pipeline rebuilds it with {@link #restore} from the database on start-up, so placement after a
 * restart matches placement before it. Not thread-safe: one pipeline thread places articles.
 */
public interface StoryGrouper {

    /**
     * Places one article.
     *
     * @param newStory creates a story and returns its id, called only when no open story fits
     * @return the story the article now belongs to, and the merges the placement caused (the
     *         caller records them: the merged stories' articles belong to the surviving story)
     */
    Placement place(GroupingInput article, LongSupplier newStory);

    /**
     * Records an article that was placed in an earlier run (in the story it belongs to now, after
     * any merges), without deciding anything.
     */
    void restore(GroupingInput article, long storyId);
}
