package org.parallax.pipeline.live;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parallax.core.model.FeedState;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.OutletHint;
import org.parallax.ingest.poll.EntryResult;
import org.parallax.ingest.poll.FeedBook;
import org.parallax.ingest.poll.PollTarget;
import org.parallax.store.Database;

/**
 * The poller's view of the feed table. Due feeds are claimed, so that any number of ingest
 * processes can share one PostgreSQL without polling a feed twice: a claimed feed is not due
 * again for {@link #LEASE}, unless its poll saves it sooner.
 */
final class StoreFeedBook implements FeedBook {
    /** Longer than a feed's poll budget; a feed whose poller died is polled again after it. */
    static final Duration LEASE = Duration.ofMinutes(10);
    private final Database db;

    StoreFeedBook(Database db) {
        this.db = db;
    }

    @Override
    public List<PollTarget> due(Instant now, int limit) {
        Map<Long, Optional<Outlet>> outlets = new HashMap<>();
        return db.feeds().claimDue(now, now.plus(LEASE), limit).stream()
                .flatMap(feed -> outlets.computeIfAbsent(feed.outletId(), db.outlets()::find)
                        .map(outlet -> new PollTarget(feed, new OutletHint(outlet.name(),
                                outlet.domain() == null ? "" : outlet.domain(), null)))
                        .stream())
                .toList();
    }

    @Override
    public Optional<Instant> nextDue() {
        return db.feeds().nextDue();
    }

    @Override
    public void save(FeedState state) {
        db.feeds().save(state);
    }

    @Override
    public Map<String, EntryMark> entries(long feedId, Collection<String> keys) {
        Map<String, EntryMark> marks = new HashMap<>();
        db.feeds().entries(feedId, keys).forEach((key, record) ->
                marks.put(key, new EntryMark(record.done(), record.attempts())));
        return marks;
    }

    @Override
    public void recordEntry(long feedId, String key, Instant at, EntryResult result) {
        db.feeds().recordEntry(feedId, key, at, result.done(), result.kind() + ": " + result.outcome(),
                result.articleId());
    }

    @Override
    public void forgetEntriesBefore(Instant before) {
        db.feeds().forgetEntriesBefore(before);
    }
}
