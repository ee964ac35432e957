package org.parallax.ingest.poll;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs polling rounds in a background thread for as long as it is open: a round whenever a feed
 * is due, sleeping in between (at most {@code maxSleep}, so that feeds added meanwhile are
 * picked up). Logs one line per round that stored articles, and one warning when a round finds
 * every feed failing (a machine without internet), then stays quiet until a feed answers again:
 * errors are recorded on the feeds, for the status page.
 */
public final class PollLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PollLoop.class);

    private final FeedPoller poller;
    private final InstantSource clock;
    private final Duration maxSleep;
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);
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
                log(poller.runRound());
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

    private Duration untilNextDue() {
        Instant now = clock.instant();
        Duration wait = poller.nextDue().map(due -> Duration.between(now, due)).orElse(maxSleep);
        if (wait.compareTo(Duration.ofSeconds(1)) < 0) {
            return Duration.ofSeconds(1);
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

    /** Stops the loop and waits for the round in progress to end. */
    @Override
    public void close() {
        running.set(false);
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
