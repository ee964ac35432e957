package org.parallax.feeds;

/**
 * Bounds on what one feed may cost to parse.
 *
 * @param maxBytes larger bodies are rejected without being read
 * @param maxItems entries after the first {@code maxItems} are ignored (feeds list the newest first)
 * @param maxDepth XML elements nested deeper than this are dropped (their text is kept); 4 to
 *                 {@value #MAX_DEPTH}, since the element tree is walked recursively
 */
public record FeedLimits(int maxBytes, int maxItems, int maxDepth) {
    public static final int MAX_DEPTH = 1000;

    public FeedLimits {
        if (maxBytes <= 0 || maxItems <= 0 || maxDepth < 4 || maxDepth > MAX_DEPTH) {
            throw new IllegalArgumentException("feed limits must be positive, maxDepth from 4 to " + MAX_DEPTH
                    + ": " + maxBytes + ", " + maxItems + ", " + maxDepth);
        }
    }

    /** 8 MiB, 1000 entries, 128 levels: far above what news feeds need. */
    public static FeedLimits defaults() {
        return new FeedLimits(8 * 1024 * 1024, 1000, 128);
    }
}
