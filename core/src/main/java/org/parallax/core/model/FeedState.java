package org.parallax.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A feed Parallax polls, with what polling has learnt about it: the validators for conditional
 * requests, the current interval, and its health.
 *
 * @param etag         the ETag of the last full response, or null
 * @param lastModified the Last-Modified header of the last full response, verbatim, or null
 * @param lastPolled   when it was last requested, or null if never
 * @param lastSuccess  when it last answered with a feed (or "not modified"), or null
 * @param lastError    why the last failed poll failed, or null; kept after a later success
 * @param errorCount   failed polls since the last success
 * @param nextPoll     when it is due, or null: due now
 * @param interval     the current polling interval, adapted to the feed's rate of publication
 * @param articles     articles stored from it so far
 * @param fetchTime    how long fetching it takes, a running mean over its polls (timeouts counted at
 *                     the deadline), or null before the first
 */
public record FeedState(long id, long outletId, String url, ArticleKind kind, String etag, String lastModified,
                        Instant lastPolled, Instant lastSuccess, String lastError, Instant lastErrorAt,
                        int errorCount, Instant nextPoll, Duration interval, long articles, Duration fetchTime) {
    /** A feed whose fetches take longer than this on average is slow, and polled less often. */
    public static final Duration SLOW_FETCH = Duration.ofSeconds(10);

    public FeedState {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(interval, "interval");
    }

    /** Whether the feed's last poll failed. */
    public boolean failing() {
        return errorCount > 0;
    }

    /** Whether fetching it takes longer than {@link #SLOW_FETCH} on average. */
    public boolean slow() {
        return fetchTime != null && fetchTime.compareTo(SLOW_FETCH) > 0;
    }

    /** "failing", "slow", "new" (never polled) or "ok". */
    public String health() {
        return failing() ? "failing" : slow() ? "slow" : lastPolled == null ? "new" : "ok";
    }
}
