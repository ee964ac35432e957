package org.parallax.ingest.poll;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.parallax.extract.HtmlExtractor;
import org.parallax.fetch.Fetcher;
import org.parallax.fetch.RobotsCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the feeds that are due, so that no host can hold up another: each host with due feeds gets
 * a virtual thread of its own that polls its feeds one after another (the fetch layer keeps to one
 * request at a time per host, also for article pages), every fetch has a deadline and every feed's
 * poll a budget ({@link FeedPoll}), and a host still busy from an earlier round is left out of the
 * next ones until it is done, instead of being waited for. Each feed's outcome, good or bad, is
 * recorded on the feed and decides its next poll ({@link PollTiming}); a bad feed or entry never
 * stops the others. Rounds are started by the caller: {@link PollLoop} in a server, tests directly
 * with their own clock.
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    /**
     * Handled entries are remembered this long. An entry still listed after that is met again as
     * new, and then skipped as too old (or as known) without fetching its page.
     */
    static final Duration ENTRY_MEMORY = Duration.ofDays(30);

    /** The hosts' polls a round started; {@link #await} waits for them and adds up what they did. */
    public static final class Round {
        private final List<Future<RoundReport>> polls;

        private Round(List<Future<RoundReport>> polls) {
            this.polls = List.copyOf(polls);
        }

        /** Hosts whose polls this round started. */
        public int hosts() {
            return polls.size();
        }

        public boolean done() {
            return polls.stream().allMatch(Future::isDone);
        }

        /** Waits for every host's poll of the round; returns what they did. */
        public RoundReport await() throws InterruptedException {
            RoundReport total = RoundReport.EMPTY;
            for (Future<RoundReport> poll : polls) {
                try {
                    total = total.plus(poll.get());
                } catch (ExecutionException e) {
                    LOG.error("a host's poll failed", e.getCause());
                }
            }
            return total;
        }
    }

    private final FeedBook book;
    private final FeedPoll feedPoll;
    private final PollSettings settings;
    private final InstantSource clock;
    private final Semaphore hostsAtOnce;
    private final Set<String> busyHosts = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private Instant lastForget; // null: not yet in this process

    public FeedPoller(FeedBook book, ArticleSink sink, Fetcher fetcher, RobotsCache robots, HtmlExtractor extractor,
                      PollSettings settings, InstantSource clock) {
        this.book = book;
        this.feedPoll = new FeedPoll(book, fetcher, new EntryIngestor(fetcher, robots, extractor, sink, settings, clock),
                settings, clock);
        this.settings = settings;
        this.clock = clock;
        this.hostsAtOnce = new Semaphore(settings.parallelHosts());
    }

    /** Polls every feed due now (up to the round's limit) and waits for it; returns what that did. */
    public RoundReport runRound() throws InterruptedException {
        return startRound().await();
    }

    /**
     * Starts polling the feeds due now, a virtual thread per host, and returns at once. Hosts still
     * busy from an earlier round are left out: their feeds stay due.
     */
    public synchronized Round startRound() {
        List<PollTarget> due = book.due(clock.instant(), settings.maxFeedsPerRound());
        Map<String, List<PollTarget>> byHost = new LinkedHashMap<>();
        for (PollTarget target : due) {
            byHost.computeIfAbsent(FeedPoll.hostOf(target.feed().url()), h -> new ArrayList<>()).add(target);
        }
        List<Future<RoundReport>> polls = new ArrayList<>();
        for (Map.Entry<String, List<PollTarget>> host : byHost.entrySet()) {
            if (busyHosts.add(host.getKey())) {
                polls.add(threads.submit(() -> pollHost(host.getKey(), host.getValue())));
            } else {
                host.getValue().forEach(target -> book.save(target.feed())); // unclaimed: due as before
            }
        }
        forgetOldEntriesDaily();
        return new Round(polls);
    }

    private RoundReport pollHost(String host, List<PollTarget> feeds) throws InterruptedException {
        try {
            hostsAtOnce.acquire();
            try {
                RoundReport report = RoundReport.EMPTY;
                for (PollTarget target : feeds) {
                    if (Thread.currentThread().isInterrupted()) {
                        break;
                    }
                    report = report.plus(pollSafely(target));
                }
                return report;
            } finally {
                hostsAtOnce.release();
            }
        } finally {
            busyHosts.remove(host);
        }
    }

    private void forgetOldEntriesDaily() {
        Instant now = clock.instant();
        if (lastForget == null || Duration.between(lastForget, now).compareTo(Duration.ofDays(1)) >= 0) {
            book.forgetEntriesBefore(now.minus(ENTRY_MEMORY));
            lastForget = now;
        }
    }

    /** When the next feed is due, if any. */
    public Optional<Instant> nextDue() {
        return book.nextDue();
    }


    private RoundReport pollSafely(PollTarget target) {
        try {
            return feedPoll.poll(target);
        } catch (RuntimeException e) {
            // A bug or a database hiccup with one feed: record it on the feed, go on with the others.
            LOG.warn("polling {} failed", target.feed().url(), e);
            try {
                feedPoll.saveFailure(target.feed(), "internal error: " + e, null, null);
            } catch (RuntimeException again) {
                LOG.warn("cannot record the failure of {}: {}", target.feed().url(), again.toString());
            }
            return RoundReport.failure();
        }
    }

    /** Stops the polls in flight (a stopped poll leaves its feed due) and waits a little for them. */
    @Override
    public void close() {
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
