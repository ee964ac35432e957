package org.parallax.ingest.poll;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.parallax.core.model.FeedState;
import org.parallax.core.text.Sha256;
import org.parallax.extract.url.ArticleUrls;
import org.parallax.feeds.Feed;
import org.parallax.feeds.FeedEntry;
import org.parallax.feeds.FeedParser;
import org.parallax.feeds.FeedResult;
import org.parallax.fetch.FetchOutcome;
import org.parallax.fetch.FetchRequest;
import org.parallax.fetch.Fetcher;

/**
 * One poll of one feed: fetch it (conditionally), parse it, hand its new entries to the
 * {@link EntryIngestor} newest first, and record the feed's state: validators, health, mean fetch
 * time, next poll ({@link PollTiming}). A poll has a budget of time; entries left when it is spent,
 * or whose pages are on a host that just timed out, wait for the next poll (they are not recorded,
 * so they come back).
 */
final class FeedPoll {
    private static final int MAX_ERROR_LENGTH = 300;

    private final FeedBook book;
    private final Fetcher fetcher;
    private final FeedParser parser;
    private final EntryIngestor ingestor;
    private final PollTiming timing;
    private final PollSettings settings;
    private final InstantSource clock;

    FeedPoll(FeedBook book, Fetcher fetcher, EntryIngestor ingestor, PollSettings settings, InstantSource clock) {
        this.book = book;
        this.fetcher = fetcher;
        this.parser = new FeedParser(settings.feedLimits());
        this.ingestor = ingestor;
        this.timing = new PollTiming(settings);
        this.settings = settings;
        this.clock = clock;
    }

    /** Polls the feed now: fetch, parse, handle its new entries, record its state. */
    RoundReport poll(PollTarget target) {
        long deadline = System.nanoTime() + settings.feedBudget().toNanos();
        FeedState feed = target.feed();
        URI uri;
        try {
            uri = URI.create(feed.url().strip());
        } catch (IllegalArgumentException e) {
            saveFailure(feed, "not a valid URL", null, null);
            return RoundReport.failure();
        }
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(uri, feed.etag(), feed.lastModified(),
                settings.feedLimits().maxBytes()));
        if (Thread.currentThread().isInterrupted()) {
            return RoundReport.EMPTY; // stopping: the feed stays due, and is polled first after a restart
        }
        return switch (outcome) {
            case FetchOutcome.Fetched fetched -> parsed(target, fetched, deadline);
            case FetchOutcome.NotModified notModified -> {
                saveSuccess(feed, feed.etag(), feed.lastModified(), List.of(), 0, notModified.maxAge(), null, 0,
                        notModified.elapsed());
                yield new RoundReport(1, 0, 1, 0, 0, 0, 0, 0);
            }
            case FetchOutcome.Refused refused -> {
                saveFailure(feed, "refused: " + refused.reason(), null, null);
                yield RoundReport.failure();
            }
            case FetchOutcome.Failed failed -> {
                saveFailure(feed, failed.reason() + (failed.retryAfter() == null ? ""
                        : " (retry after " + failed.retryAfter().toSeconds() + " s)"), failed.retryAfter(),
                        failed.kind() == FetchOutcome.Kind.HELD_OFF ? null : failed.elapsed());
                yield RoundReport.failure();
            }
        };
    }

    private RoundReport parsed(PollTarget target, FetchOutcome.Fetched fetched, long deadline) {
        FeedState feed = target.feed();
        FeedResult result = parser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl().toString());
        if (result instanceof FeedResult.Rejected rejected) {
            saveFailure(feed, "not a usable feed: " + rejected.reason(), null, fetched.elapsed());
            return RoundReport.failure();
        }
        Feed parsed = ((FeedResult.Parsed) result).feed();
        Handled handled = handleEntries(target, parsed, deadline);
        if (Thread.currentThread().isInterrupted()) {
            return handled.report(); // stopping: what was handled is recorded entry by entry
        }
        List<Instant> times = parsed.entries().stream().map(FeedEntry::publishedOrUpdated).filter(Objects::nonNull)
                .toList();
        // Entries left for later (over the limit, out of time, to retry) must come back in a full
        // response: the new validators are kept only once every entry of this version was handled.
        boolean complete = handled.complete();
        saveSuccess(feed, complete ? fetched.etag() : feed.etag(), complete ? fetched.lastModified()
                : feed.lastModified(), times, handled.report().newEntries(), fetched.maxAge(), parsed.ttl(),
                handled.report().stored(), fetched.elapsed());
        return new RoundReport(1, 0, 0, 0, 0, 0, 0, 0).plus(handled.report());
    }

    private record Handled(RoundReport report, boolean complete) {
    }

    private record Candidate(FeedEntry entry, String articleKey) {
    }

    /** Handles the feed's entries not handled before (and those to retry), newest first, within the limits. */
    private Handled handleEntries(PollTarget target, Feed parsed, long deadline) {
        FeedState feed = target.feed();
        Instant oldest = clock.instant().minus(settings.maxEntryAge());
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (FeedEntry entry : newestFirst(parsed.entries())) {
            String link = entry.link() != null ? entry.link()
                    : entry.id() != null && entry.id().startsWith("http") ? entry.id() : null;
            Optional<String> key = ArticleUrls.key(link);
            if (key.isPresent()) {
                candidates.putIfAbsent(Sha256.hex(key.get()), new Candidate(entry, key.get()));
            }
        }
        Map<String, FeedBook.EntryMark> marks = book.entries(feed.id(), candidates.keySet());
        Set<String> timedOutHosts = new HashSet<>();
        int handled = 0;
        boolean complete = true;
        RoundReport report = RoundReport.EMPTY;
        for (Map.Entry<String, Candidate> c : candidates.entrySet()) {
            FeedBook.EntryMark mark = marks.get(c.getKey());
            if (mark != null && (mark.done() || mark.attempts() >= settings.maxEntryAttempts())) {
                continue;
            }
            String pageHost = hostOf(c.getValue().articleKey());
            if (handled >= settings.maxNewEntries() || Thread.currentThread().isInterrupted()
                    || System.nanoTime() > deadline || timedOutHosts.contains(pageHost)) {
                complete = false;
                continue; // left for the next poll
            }
            handled++;
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
            if (result.pageTimedOut()) {
                timedOutHosts.add(pageHost);
            }
            book.recordEntry(feed.id(), c.getKey(), clock.instant(), result);
            complete &= result.done();
            report = report.plus(RoundReport.of(result, mark == null));
        }
        return new Handled(report, complete);
    }

    private static List<FeedEntry> newestFirst(List<FeedEntry> entries) {
        List<FeedEntry> sorted = new ArrayList<>(entries);
        // Undated entries keep their place after the dated ones (feeds list newest first anyway).
        sorted.sort(Comparator.comparing(FeedEntry::publishedOrUpdated, Comparator.nullsLast(Comparator.reverseOrder())));
        return sorted;
    }

    private void saveSuccess(FeedState feed, String etag, String lastModified, List<Instant> entryTimes,
                             int newEntries, Duration maxAge, Duration ttl, int stored, Duration elapsed) {
        Instant now = clock.instant();
        Duration fetchTime = PollTiming.meanFetchTime(feed.fetchTime(), elapsed);
        Duration interval = timing.intervalAfterSuccess(feed.interval(), entryTimes, newEntries, now);
        Duration delay = timing.slowed(timing.delayAfterSuccess(interval, maxAge, ttl), fetchTime);
        book.save(new FeedState(feed.id(), feed.outletId(), feed.url(), feed.kind(), etag, lastModified, now, now,
                feed.lastError(), feed.lastErrorAt(), 0, now.plus(delay), interval, feed.articles() + stored,
                fetchTime));
    }

    /** @param elapsed how long the failed fetch took, or null when it says nothing of the host's speed */
    void saveFailure(FeedState feed, String error, Duration retryAfter, Duration elapsed) {
        Instant now = clock.instant();
        int errors = feed.errorCount() + 1;
        Duration fetchTime = PollTiming.meanFetchTime(feed.fetchTime(), elapsed);
        Duration delay = timing.slowed(timing.delayAfterFailure(feed.interval(), errors, retryAfter), fetchTime);
        String reason = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) + "..." : error;
        book.save(new FeedState(feed.id(), feed.outletId(), feed.url(), feed.kind(), feed.etag(), feed.lastModified(),
                now, feed.lastSuccess(), reason, now, errors, now.plus(delay), feed.interval(), feed.articles(),
                fetchTime));
    }

    /** The host key ("host:port") of an address, or the text itself when it has none. */
    static String hostOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            return uri.getHost() == null ? url : Fetcher.hostKey(uri);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
