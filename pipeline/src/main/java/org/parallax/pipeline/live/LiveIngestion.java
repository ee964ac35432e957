package org.parallax.pipeline.live;

import java.time.Duration;
import java.time.InstantSource;

import org.parallax.extract.HtmlExtractor;
import org.parallax.fetch.Fetcher;
import org.parallax.fetch.RobotsCache;
import org.parallax.ingest.poll.FeedPoller;
import org.parallax.ingest.poll.PollLoop;
import org.parallax.store.Database;

/**
 * Live ingestion wired to a database: robots.txt and the feed poller over the process's one
 * {@link Fetcher} (the caller's, which it closes), storing into the database. {@link #startLoop}
 * polls in the background (the server does); tests call {@code poller().runRound()} themselves.
 */
public final class LiveIngestion implements AutoCloseable {
    /** The background loop wakes at least this often, to pick up feeds added meanwhile. */
    private static final Duration MAX_SLEEP = Duration.ofMinutes(1);

    private final FeedPoller poller;
    private final InstantSource clock;
    private PollLoop loop;

    public LiveIngestion(Database db, LiveSettings settings, Fetcher fetcher, InstantSource clock) {
        this.clock = clock;
        RobotsCache robots = RobotsCache.standard(fetcher, clock);
        this.poller = new FeedPoller(new StoreFeedBook(db), new StoreArticleSink(db), fetcher, robots,
                new HtmlExtractor(), settings.polling(), clock);
    }

    public FeedPoller poller() {
        return poller;
    }

    /** Polls in a background thread until closed. */
    public synchronized void startLoop() {
        if (loop == null) {
            loop = new PollLoop(poller, clock, MAX_SLEEP).start();
        }
    }

    /** Stops the loop and the polls in flight. */
    @Override
    public synchronized void close() {
        if (loop != null) {
            loop.close();
        }
        poller.close();
    }
}
