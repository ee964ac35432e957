package org.parallax.ingest.poll;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import org.parallax.core.model.FeedState;
import org.parallax.core.text.Sha256;
import org.parallax.extract.HtmlExtractor;
import org.parallax.feeds.Feed;
import org.parallax.feeds.FeedEntry;
import org.parallax.feeds.FeedParser;
import org.parallax.feeds.FeedResult;
import org.parallax.fetch.FetchOutcome;
import org.parallax.fetch.FetchRequest;
import org.parallax.fetch.Fetcher;
import org.parallax.fetch.RobotsCache;
import org.parallax.extract.url.ArticleUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the feeds that are due, in rounds. In a round, hosts are polled in parallel and each
 * host's feeds one after another (the {@link org.parallax.fetch.HostPacer} keeps to one
 * request at a time per host anyway, also for article pages on other hosts). Each feed's outcome,
 * good or bad, is recorded on the feed and decides its next poll ({@link PollTiming}); a bad feed
 * or entry never stops the others. Rounds are driven by the caller: {@link PollLoop} in a server,
 * tests directly with their own clock.
 */
public final class FeedPoller {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final int MAX_ERROR_LENGTH = 300;
    /**
     * Handled entries are remembered this long. An entry still listed after that is met again as
     * new, and then skipped as too old (or as known) without fetching its page.
     */
    static final Duration ENTRY_MEMORY = Duration.ofDays(30);

    private final FeedBook book;
    private final Fetcher fetcher;
    private final FeedParser parser;
    private final EntryIngestor ingestor;
    private final PollTiming timing;
    private final PollSettings settings;
    private final InstantSource clock;
    private Instant lastForget; // null: not yet in this process

    public FeedPoller(FeedBook book, ArticleSink sink, Fetcher fetcher, RobotsCache robots, HtmlExtractor extractor,
                      PollSettings settings, InstantSource clock) {
        this.book = book;
        this.fetcher = fetcher;
        this.parser = new FeedParser(settings.feedLimits());
        this.ingestor = new EntryIngestor(fetcher, robots, extractor, sink, settings, clock);
        this.timing = new PollTiming(settings);
        this.settings = settings;
        this.clock = clock;
    }

    /** Polls every feed due now (up to the round's limit) and returns what that did. */
    public synchronized RoundReport runRound() throws InterruptedException {
        List<PollTarget> due = book.due(clock.instant(), settings.maxFeedsPerRound());
        Map<String, List<PollTarget>> byHost = new LinkedHashMap<>();
        for (PollTarget target : due) {
            byHost.computeIfAbsent(hostOf(target.feed().url()), h -> new ArrayList<>()).add(target);
        }
        AtomicReference<RoundReport> total = new AtomicReference<>(RoundReport.EMPTY);
        Semaphore hosts = new Semaphore(settings.parallelHosts());
        List<Future<?>> running = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (List<PollTarget> feeds : byHost.values()) {
                running.add(threads.submit(() -> {
                    hosts.acquire();
                    try {
                        for (PollTarget target : feeds) {
                            RoundReport report = pollSafely(target);
                            total.accumulateAndGet(report, RoundReport::plus);
                        }
                    } finally {
                        hosts.release();
                    }
                    return null;
                }));
            }
            for (Future<?> task : running) {
                try {
                    task.get();
                } catch (ExecutionException e) {
                    LOG.error("a polling task failed", e.getCause());
                }
            }
        } catch (InterruptedException e) {
            running.forEach(task -> task.cancel(true));
            throw e;
        }
        forgetOldEntriesDaily();
        return total.get();
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
            return poll(target);
        } catch (RuntimeException e) {
            // A bug or a database hiccup with one feed: record it on the feed, go on with the others.
            LOG.warn("polling {} failed", target.feed().url(), e);
            try {
                saveFailure(target.feed(), "internal error: " + e, null);
            } catch (RuntimeException again) {
                LOG.warn("cannot record the failure of {}: {}", target.feed().url(), again.toString());
            }
            return new RoundReport(1, 1, 0, 0, 0, 0, 0, 0);
        }
    }

    /** Polls one feed now: fetch, parse, handle its new entries, record its state. */
    RoundReport poll(PollTarget target) {
        FeedState feed = target.feed();
        URI uri;
        try {
            uri = URI.create(feed.url().strip());
        } catch (IllegalArgumentException e) {
            saveFailure(feed, "not a valid URL", null);
            return new RoundReport(1, 1, 0, 0, 0, 0, 0, 0);
        }
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(uri, feed.etag(), feed.lastModified(),
                settings.feedLimits().maxBytes()));
        if (Thread.currentThread().isInterrupted()) {
            return RoundReport.EMPTY; // stopping: the feed stays due, and is polled first after a restart
        }
        return switch (outcome) {
            case FetchOutcome.Fetched fetched -> parsed(target, fetched);
            case FetchOutcome.NotModified notModified -> {
                saveSuccess(feed, feed.etag(), feed.lastModified(), List.of(), 0, notModified.maxAge(), null, 0);
                yield new RoundReport(1, 0, 1, 0, 0, 0, 0, 0);
            }
            case FetchOutcome.Refused refused -> {
                saveFailure(feed, "refused: " + refused.reason(), null);
                yield new RoundReport(1, 1, 0, 0, 0, 0, 0, 0);
            }
            case FetchOutcome.Failed failed -> {
                saveFailure(feed, failed.reason() + (failed.retryAfter() == null ? ""
                        : " (retry after " + failed.retryAfter().toSeconds() + " s)"), failed.retryAfter());
                yield new RoundReport(1, 1, 0, 0, 0, 0, 0, 0);
            }
        };
    }

    private RoundReport parsed(PollTarget target, FetchOutcome.Fetched fetched) {
        FeedState feed = target.feed();
        FeedResult result = parser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl().toString());
        if (result instanceof FeedResult.Rejected rejected) {
            saveFailure(feed, "not a usable feed: " + rejected.reason(), null);
            return new RoundReport(1, 1, 0, 0, 0, 0, 0, 0);
        }
        Feed parsed = ((FeedResult.Parsed) result).feed();
        Handled handled = handleEntries(target, parsed);
        if (Thread.currentThread().isInterrupted()) {
            return handled.report(); // stopping: what was handled is recorded entry by entry
        }
        List<Instant> times = parsed.entries().stream()
                .map(FeedEntry::publishedOrUpdated)
                .filter(Objects::nonNull)
                .toList();
        // Entries left for later (over the limit, or to retry) must come back in a full response:
        // the new validators are kept only once every entry of this version was handled.
        boolean complete = handled.complete();
        saveSuccess(feed, complete ? fetched.etag() : feed.etag(), complete ? fetched.lastModified()
                : feed.lastModified(), times, handled.report().newEntries(), fetched.maxAge(), parsed.ttl(),
                handled.report().stored());
        return new RoundReport(1, 0, 0, 0, 0, 0, 0, 0).plus(handled.report());
    }

    private record Handled(RoundReport report, boolean complete) {
    }

    /** Handles the feed's entries not handled before (and those to retry), newest first, up to the limit. */
    private Handled handleEntries(PollTarget target, Feed parsed) {
        FeedState feed = target.feed();
        Instant oldest = clock.instant().minus(settings.maxEntryAge());
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (FeedEntry entry : newestFirst(parsed.entries())) {
            String link = entry.link() != null ? entry.link()
                    : entry.id() != null && entry.id().startsWith("http") ? entry.id() : null;
            Optional<String> key = ArticleUrls.key(link);
            if (key.isPresent()) {
                candidates.putIfAbsent(entryKey(key.get()), new Candidate(entry, key.get()));
            }
        }
        Map<String, FeedBook.EntryMark> marks = book.entries(feed.id(), candidates.keySet());
        int handled = 0;
        boolean complete = true;
        RoundReport report = RoundReport.EMPTY;
        for (Map.Entry<String, Candidate> c : candidates.entrySet()) {
            FeedBook.EntryMark mark = marks.get(c.getKey());
            if (mark != null && (mark.done() || mark.attempts() >= settings.maxEntryAttempts())) {
                continue;
            }
            if (handled++ >= settings.maxNewEntries() || Thread.currentThread().isInterrupted()) {
                complete = false;
                break;
            }
            FeedEntry entry = c.getValue().entry();
            Instant time = entry.publishedOrUpdated();
            EntryResult result = time != null && time.isBefore(oldest)
                    ? EntryResult.skipped("published before " + oldest)
                    : ingestor.ingest(feed.outletId(), target.outlet(), entry, c.getValue().articleKey(), feed.kind(),
                            parsed.language(), mark == null ? 1 : mark.attempts() + 1);
            if (Thread.currentThread().isInterrupted()) {
                complete = false;
                break; // an interrupted fetch is no outcome of the entry
            }
            book.recordEntry(feed.id(), c.getKey(), clock.instant(), result);
            complete &= result.done();
            report = report.plus(count(result, mark == null));
        }
        return new Handled(report, complete);
    }

    private record Candidate(FeedEntry entry, String articleKey) {
    }

    private static RoundReport count(EntryResult result, boolean isNew) {
        int fresh = isNew ? 1 : 0;
        return switch (result.kind()) {
            case STORED -> new RoundReport(0, 0, 0, fresh, 1, 0, 0, 0);
            case COPY -> new RoundReport(0, 0, 0, fresh, 0, 1, 0, 0);
            case KNOWN -> new RoundReport(0, 0, 0, fresh, 0, 0, 0, 0);
            case SKIPPED -> new RoundReport(0, 0, 0, fresh, 0, 0, 1, 0);
            case FAILED -> new RoundReport(0, 0, 0, fresh, 0, 0, 0, 1);
        };
    }

    private static List<FeedEntry> newestFirst(List<FeedEntry> entries) {
        List<FeedEntry> sorted = new ArrayList<>(entries);
        // Undated entries keep their place after the dated ones (feeds list newest first anyway).
        sorted.sort(Comparator.comparing(FeedEntry::publishedOrUpdated,
                Comparator.nullsLast(Comparator.reverseOrder())));
        return sorted;
    }

    private void saveSuccess(FeedState feed, String etag, String lastModified, List<Instant> entryTimes,
                             int newEntries, Duration maxAge, Duration ttl, int stored) {
        Instant now = clock.instant();
        Duration interval = timing.intervalAfterSuccess(feed.interval(), entryTimes, newEntries, now);
        Duration delay = timing.delayAfterSuccess(interval, maxAge, ttl);
        book.save(new FeedState(feed.id(), feed.outletId(), feed.url(), feed.kind(), etag, lastModified, now, now,
                feed.lastError(), feed.lastErrorAt(), 0, now.plus(delay), interval, feed.articles() + stored));
    }

    private void saveFailure(FeedState feed, String error, Duration retryAfter) {
        Instant now = clock.instant();
        int errors = feed.errorCount() + 1;
        Duration delay = timing.delayAfterFailure(feed.interval(), errors, retryAfter);
        String reason = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) + "..." : error;
        book.save(new FeedState(feed.id(), feed.outletId(), feed.url(), feed.kind(), feed.etag(), feed.lastModified(),
                now, feed.lastSuccess(), reason, now, errors, now.plus(delay), feed.interval(), feed.articles()));
    }

    private static String hostOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            return uri.getHost() == null ? url : Fetcher.hostKey(uri);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** The key an entry is recorded under: the hex SHA-256 of its address key. */
    static String entryKey(String articleKey) {
        return Sha256.hex(articleKey);
    }
}
