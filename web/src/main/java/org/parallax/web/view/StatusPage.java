package org.parallax.web.view;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.parallax.core.model.FeedState;
import org.parallax.store.FeedRepository.FeedWithOutlet;

/**
 * The health of every feed, failing ones first, then slow ones: last success, mean fetch time,
 * errors, last error, next poll.
 *
 * @param articles articles stored in all
 */
public record StatusPage(List<FeedWithOutlet> feeds, long articles) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public StatusPage {
        feeds = List.copyOf(feeds);
    }

    public long failing() {
        return feeds.stream().filter(f -> f.feed().failing()).count();
    }

    public long healthy() {
        return feeds.stream().filter(f -> !f.feed().failing() && !f.feed().slow() && f.feed().lastSuccess() != null)
                .count();
    }

    /** Feeds that answer, but slowly (their mean fetch time is over {@link FeedState#SLOW_FETCH}): polled less often. */
    public long slow() {
        return feeds.stream().filter(f -> !f.feed().failing() && f.feed().slow()).count();
    }

    /** A feed's mean fetch time: "0.8 s", "12 s", or "-" before its first fetch. */
    public static String fetchTime(Duration time) {
        if (time == null) {
            return "-";
        }
        long millis = time.toMillis();
        return millis < 10_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0) : (millis + 500) / 1000 + " s";
    }

    public long notPolledYet() {
        return feeds.stream().filter(f -> f.feed().lastPolled() == null).count();
    }

    public static String time(Instant instant) {
        return instant == null ? "never" : TIME.format(instant);
    }

    /** A feed never polled is due at once (its next poll is the epoch). */
    public static String nextPoll(Instant instant) {
        return instant == null || instant.equals(Instant.EPOCH) ? "now" : TIME.format(instant);
    }
}
