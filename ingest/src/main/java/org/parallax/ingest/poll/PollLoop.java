package org.parallax.ingest.poll;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts polling rounds in a background thread for as long as it is open: whenever a feed is due
 * (checking at least every {@code maxSleep}, so that feeds added meanwhile are picked up). It never
 * waits for a round: a host that is slow keeps polling on its own thread while the others are polled
 * on time. Logs one line per round that stored articles, and one warning when a round finds every
 * feed failing (a machine without internet), then stays quiet until a feed answers again: errors
 * are recorded on the feeds, for the status page.
 */
public final class PollLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PollLoop.class);
    /** The loop looks for due feeds at most this often (a busy host's feeds stay due meanwhile). */
    private static final Duration MIN_SLEEP = Duration.ofSeconds(5);

    private final FeedPoller poller;
    private final InstantSource clock;
    private final Duration maxSleep;
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<FeedPoller.Round> inFlight = new ArrayList<>();
    private boolean warnedAllFailing;

    public PollLoop(FeedPoller poller, InstantSource clock, Duration maxSleep) {
        this.poller = poller;
        this.clock = clock;
        this.maxSleep = maxSleep;
        this.thread = Thread.ofPlatform().name("feed-poller").daemon().unstarted(this::run);
    }

    public PollLoop start() {
        thread.start();
        return this;
    }

    private void run() {
        while (running.get()) {
            try {
                FeedPoller.Round round = poller.startRound();
                if (round.hosts() > 0) {
                    inFlight.add(round);
                }
                logFinishedRounds();
                Thread.sleep(untilNextDue());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database may be away for a moment: keep the loop, try again later.
                LOG.error("polling round failed", e);
                try {
                    Thread.sleep(maxSleep);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void logFinishedRounds() throws InterruptedException {
        for (Iterator<FeedPoller.Round> rounds = inFlight.iterator(); rounds.hasNext(); ) {
            FeedPoller.Round round = rounds.next();
            if (round.done()) {
                log(round.await());
                rounds.remove();
            }
        }
    }

    private Duration untilNextDue() {
        Instant now = clock.instant();
        Duration wait = poller.nextDue().map(due -> Duration.between(now, due)).orElse(maxSleep);
        if (wait.compareTo(MIN_SLEEP) < 0) {
            return MIN_SLEEP;
        }
        return wait.compareTo(maxSleep) > 0 ? maxSleep : wait;
    }

    private void log(RoundReport report) {
        if (report.feeds() > 0 && report.failed() == report.feeds()) {
            if (!warnedAllFailing) {
                LOG.warn("polling: none of {} feeds could be read (no network?); errors are on /status and in "
                        + "'parallax feeds', polling goes on with back-off", report.feeds());
                warnedAllFailing = true;
            }
            return;
        }
        if (report.failed() < report.feeds()) {
            warnedAllFailing = false;
        }
        if (report.stored() + report.copies() > 0) {
            LOG.info("polling: {}", report);
        } else if (report.feeds() > 0) {
            LOG.debug("polling: {}", report);
        }
    }

    /** Stops the loop; the polls in flight are stopped by the poller's own close. */
    @Override
    public void close() {
        running.set(false);
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
