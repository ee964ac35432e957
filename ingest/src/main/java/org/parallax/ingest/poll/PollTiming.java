package org.parallax.ingest.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * When to poll a feed next.
 *
 * <p>After a success, the interval follows the feed's rate of publication: the mean gap between
 * its newest entries (up to {@value #RATE_SAMPLE}), or half the age of its newest entry when that
 * is longer (a feed that stopped publishing slows down). Without dates, the interval shrinks
 * when a poll found new entries and grows when it found none. The new interval is the geometric
 * mean of the old one and that target (no jumps), within [min, max]. The server's Cache-Control
 * max-age and the feed's TTL are honoured up to {@code maxHint}: the next poll is never sooner.
 *
 * <p>After a failure, the wait doubles with each consecutive error, from the current interval
 * up to {@code maxBackoff}; a Retry-After is honoured (up to {@code maxHint}) instead. A feed that is
 * slow to answer (its mean fetch time above {@code slowFetch}) waits twice as long, up to
 * {@code maxBackoff}: a struggling host gets fewer requests.
 */
public final class PollTiming {
    static final int RATE_SAMPLE = 20;
    private static final double FASTER = 0.75;
    private static final double SLOWER = 1.25;

    private final PollSettings settings;

    public PollTiming(PollSettings settings) {
        this.settings = settings;
    }

    /** The interval after a successful poll. */
    public Duration intervalAfterSuccess(Duration previous, Collection<Instant> entryTimes, int newEntries, Instant now) {
        List<Instant> times = new ArrayList<>(entryTimes.stream().filter(t -> !t.isAfter(now)).distinct().toList());
        times.sort(Comparator.reverseOrder());
        double targetSeconds;
        if (times.size() >= 3) {
            List<Instant> newest = times.subList(0, Math.min(RATE_SAMPLE, times.size()));
            double meanGap = (double) Duration.between(newest.getLast(), newest.getFirst()).toSeconds()
                    / (newest.size() - 1);
            double quietFor = Duration.between(newest.getFirst(), now).toSeconds() / 2.0;
            targetSeconds = Math.max(meanGap, quietFor);
        } else {
            targetSeconds = previous.toSeconds() * (newEntries > 0 ? FASTER : SLOWER);
        }
        double blended = Math.sqrt(Math.max(1, previous.toSeconds()) * Math.max(1, targetSeconds));
        return clamp(Duration.ofSeconds(Math.round(blended)), settings.minInterval(), settings.maxInterval());
    }

    /**
     * The wait before the next poll after a success: the interval, or longer when the server asks.
     *
     * @param maxAge Cache-Control max-age of the response, or null
     * @param ttl    the feed's own TTL, or null
     */
    public Duration delayAfterSuccess(Duration interval, Duration maxAge, Duration ttl) {
        Duration delay = interval;
        for (Duration hint : new Duration[] {maxAge, ttl}) {
            if (hint != null) {
                Duration honoured = hint.compareTo(settings.maxHint()) > 0 ? settings.maxHint() : hint;
                delay = honoured.compareTo(delay) > 0 ? honoured : delay;
            }
        }
        return delay;
    }

    /**
     * The wait before the next poll after a failure.
     *
     * @param errorCount consecutive failures, this one included (1 or more)
     * @param retryAfter what the server asked for, or null
     */
    public Duration delayAfterFailure(Duration interval, int errorCount, Duration retryAfter) {
        if (retryAfter != null) {
            Duration honoured = retryAfter.compareTo(settings.maxHint()) > 0 ? settings.maxHint() : retryAfter;
            return honoured.compareTo(settings.minInterval()) < 0 ? settings.minInterval() : honoured;
        }
        Duration base = clamp(interval, settings.minInterval(), settings.maxInterval());
        Duration backoff = base.multipliedBy(1L << Math.min(errorCount, 16));
        return backoff.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : backoff;
    }

    /** The wait, doubled (up to the longest back-off) when the feed is slow to answer. */
    public Duration slowed(Duration delay, Duration meanFetchTime) {
        if (meanFetchTime == null || meanFetchTime.compareTo(settings.slowFetch()) <= 0) {
            return delay;
        }
        Duration doubled = delay.multipliedBy(2);
        Duration cap = settings.maxBackoff().compareTo(delay) > 0 ? settings.maxBackoff() : delay;
        return doubled.compareTo(cap) > 0 ? cap : doubled;
    }

    /** The running mean of fetch times: the new time weighs 30%. */
    static Duration meanFetchTime(Duration previous, Duration latest) {
        if (latest == null) {
            return previous;
        }
        return previous == null ? latest : Duration.ofMillis(Math.round(previous.toMillis() * 0.7 + latest.toMillis() * 0.3));
    }

    private static Duration clamp(Duration value, Duration min, Duration max) {
        return value.compareTo(min) < 0 ? min : value.compareTo(max) > 0 ? max : value;
    }
}
