package org.parallax.web.view;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.parallax.store.FeedRepository.FeedWithOutlet;

/**
 * The health of every feed, failing ones first.
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
        return feeds.stream().filter(f -> !f.feed().failing() && f.feed().lastSuccess() != null).count();
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
