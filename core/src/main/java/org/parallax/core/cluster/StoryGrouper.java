package org.parallax.core.cluster;

import java.util.function.LongSupplier;

/**
 * Online story grouping: each arriving article joins an open story or starts a new one.
 * Implementations keep their state in memory; the pipeline rebuilds it with {@link #restore}
 * from the database on start-up, so placement after a restart matches placement before it.
 * Not thread-safe: one pipeline thread places articles.
 */
public interface StoryGrouper {

    /**
     * Places one article.
     *
     * @param newStory creates a story and returns its id, called only when no open story fits
     * @return the id of the story the article now belongs to
     */
    long place(GroupingInput article, LongSupplier newStory);

    /** Records an article that was placed in an earlier run, without deciding anything. */
    void restore(GroupingInput article, long storyId);
}
