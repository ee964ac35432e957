package org.parallax.ingest.feed;

/**
 * Bounds on what one feed may cost to parse.
 *
 * @param maxBytes larger bodies are rejected without being read
 * @param maxItems entries after the first {@code maxItems} are ignored (feeds list the newest first)
 * @param maxDepth XML elements nested deeper than this are dropped (their text is kept)
 */
public record FeedLimits(int maxBytes, int maxItems, int maxDepth) {
    public FeedLimits {
        if (maxBytes <= 0 || maxItems <= 0 || maxDepth < 4) {
            throw new IllegalArgumentException("feed limits must be positive (maxDepth at least 4): "
                    + maxBytes + ", " + maxItems + ", " + maxDepth);
        }
    }

    /** 8 MiB, 1000 entries, 128 levels: far above what news feeds need. */
    public static FeedLimits defaults() {
        return new FeedLimits(8 * 1024 * 1024, 1000, 128);
    }
}
