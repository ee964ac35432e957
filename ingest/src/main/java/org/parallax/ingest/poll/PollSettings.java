package org.parallax.ingest.poll;

import java.time.Duration;
import java.util.Objects;

import org.parallax.core.model.FeedState;
import org.parallax.feeds.FeedLimits;

/**
 * How polling behaves.
 *
 * @param minInterval      a feed is never polled more often than this
 * @param maxInterval      nor less often than this while it answers (server hints aside)
 * @param maxBackoff       the longest wait after repeated errors
 * @param maxHint          server hints (Cache-Control, TTL, Retry-After) are honoured up to this
 * @param maxFeedsPerRound feeds polled in one round at most (the rest are due in the next)
 * @param parallelHosts    hosts polled at the same time, each by its own virtual thread (each host sees
 *                         one request at a time); a busy host never holds up the others
 * @param feedBudget       the longest one feed's poll may take (its fetch and its entries' pages); the
 *                         entries left when it is spent are handled on the next poll
 * @param slowFetch        a feed whose mean fetch time is above this is slow: its next poll waits twice as long
 * @param maxNewEntries    new entries of one feed handled per poll (newest first; the rest next time)
 * @param maxEntryAttempts tries of an entry whose page failed before the feed's own text is used
 * @param maxEntryAge      entries published longer ago are not fetched (a new feed's back catalogue)
 * @param minWords         an article needs at least this many words of text
 * @param feedLimits       limits for the feed parser
 */
public record PollSettings(Duration minInterval, Duration maxInterval, Duration maxBackoff, Duration maxHint,
                           int maxFeedsPerRound, int parallelHosts, int maxNewEntries, int maxEntryAttempts,
                           Duration maxEntryAge, int minWords, FeedLimits feedLimits, Duration feedBudget,
                           Duration slowFetch) {
    public PollSettings {
        Objects.requireNonNull(feedLimits, "feedLimits");
        if (!feedBudget.isPositive() || !slowFetch.isPositive()) {
            throw new IllegalArgumentException("the feed budget and the slow-fetch mark must be positive");
        }
        if (!minInterval.isPositive() || maxInterval.compareTo(minInterval) < 0 || maxBackoff.compareTo(minInterval) < 0
                || maxHint.isNegative()) {
            throw new IllegalArgumentException("poll intervals must satisfy 0 < min <= max, min <= max back-off");
        }
        if (maxFeedsPerRound < 1 || parallelHosts < 1 || maxNewEntries < 1 || maxEntryAttempts < 1 || minWords < 1) {
            throw new IllegalArgumentException("poll limits must be positive");
        }
    }

    /**
     * Every 10 minutes at most and 4 hours at least, back-off up to 12 hours, hints honoured up to
     * a day; 500 feeds a round over up to 64 hosts at a time; 30 new entries a poll, 3 tries each;
     * entries of the last 3 days; 40 words make an article; 3 minutes for a feed's poll; slow above
     * {@link FeedState#SLOW_FETCH}.
     */
    public static PollSettings defaults() {
        return new PollSettings(Duration.ofMinutes(10), Duration.ofHours(4), Duration.ofHours(12), Duration.ofDays(1),
                500, 64, 30, 3, Duration.ofDays(3), 40, FeedLimits.defaults(), Duration.ofMinutes(3),
                FeedState.SLOW_FETCH);
    }

}
