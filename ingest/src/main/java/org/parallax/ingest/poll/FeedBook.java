package org.parallax.ingest.poll;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parallax.core.model.FeedState;

/** The feeds and their polling state, as the poller needs them (the application implements it over its database). */
public interface FeedBook {

    /**
     * What became of a feed entry so far.
     *
     * @param done handled for good; false: it failed and may be tried again
     */
    record EntryMark(boolean done, int attempts) {
    }

    /**
     * Feeds due at {@code now}, longest overdue first, claimed for this poller: another poller
     * sharing the book does not get them until they are saved (or their claim lapses). Saving a
     * feed unchanged gives it back.
     */
    List<PollTarget> due(Instant now, int limit);

    /** The earliest next poll of any feed. */
    Optional<Instant> nextDue();

    /** Writes a feed's polling state after a poll. */
    void save(FeedState state);

    /** The marks of these entries of the feed, by entry key; entries never seen are absent. */
    Map<String, EntryMark> entries(long feedId, Collection<String> keys);

    /** Records one attempt at an entry. */
    void recordEntry(long feedId, String key, Instant at, EntryResult result);

    /** Forgets entries first seen before {@code before} (feeds have dropped them long since). */
    void forgetEntriesBefore(Instant before);
}
