package org.parallax.feeds;

import java.util.Objects;

/** What parsing one feed body gave: a feed, or the reason it is not one. */
public sealed interface FeedResult {
    record Parsed(Feed feed) implements FeedResult {
        public Parsed {
            Objects.requireNonNull(feed, "feed");
        }
    }

    /** An expected outcome for bad input (not a feed, too large, unreadable): never an exception. */
    record Rejected(String reason) implements FeedResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
