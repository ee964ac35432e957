package org.parallax.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parallax.core.dedup.TextFingerprint;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.FeedState;
import org.parallax.core.model.OutletHint;
import org.parallax.extract.HtmlExtractor;
import org.parallax.fetch.AddressClass;
import org.parallax.fetch.AddressPolicy;
import org.parallax.fetch.FetchSettings;
import org.parallax.fetch.Fetcher;
import org.parallax.fetch.HostPacer;
import org.parallax.fetch.HostResolver;
import org.parallax.fetch.RobotsCache;
import org.parallax.fetch.simulator.FakeClock;
import org.parallax.fetch.simulator.Fault;
import org.parallax.fetch.simulator.OutletSimulator;
import org.parallax.fetch.simulator.Publication;
import org.parallax.fetch.simulator.SimOutlet;
import org.parallax.fetch.simulator.SimStory;

/**
 * One host that hangs holds up no other: loopback outlets on a fake clock, one of which stops
 * answering; the others are polled on time, round after round, while it hangs; when its deadline
 * passes it is recorded as failing, slow, and backed off; pages on a host that times out wait for
 * the next poll instead of each costing a deadline.
 */
class PollingStallTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private final FakeClock clock = new FakeClock(T0);
    private final OutletSimulator sim = new OutletSimulator(clock);
    private final MemoryBook book = new MemoryBook();
    private Fetcher fetcher;
    private FeedPoller poller;

    @AfterEach
    void stop() {
        sim.close(); // lets hanging responses end
        if (poller != null) {
            poller.close();
        }
        if (fetcher != null) {
            fetcher.close();
        }
    }

    private FeedPoller poller(Duration fetchDeadline) {
        FetchSettings settings = FetchSettings.defaults("https://parallax.invalid/test")
                .withAddresses(AddressPolicy.allowing(AddressClass.LOOPBACK))
                .withHostDelay(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(2), fetchDeadline);
        fetcher = new Fetcher(settings, HostResolver.system(), new HostPacer(Duration.ZERO, clock, clock::advance), clock);
        poller = new FeedPoller(book, new MemorySink(), fetcher, RobotsCache.standard(fetcher, clock),
                new HtmlExtractor(), PollSettings.defaults(), clock);
        return poller;
    }

    private SimOutlet outlet(String name, int stories, int firstId) {
        SimOutlet outlet = sim.outlet(name);
        for (int i = 0; i < stories; i++) {
            outlet.publish(Publication.news(SimStory.generate(firstId + i), T0.minus(Duration.ofHours(i + 1))));
        }
        book.add(outlet);
        return outlet;
    }

    @Test
    void theOtherHostsArePolledOnTimeWhileOneHangs() throws Exception {
        SimOutlet stuck = outlet("Stuck Tribune", 2, 100).fault(Fault.of(Fault.Type.SLOW, T0, Duration.ofDays(1)));
        SimOutlet quick = outlet("Quick Courier", 2, 200);
        SimOutlet brisk = outlet("Brisk Bulletin", 2, 300);
        FeedPoller poller = poller(Duration.ofSeconds(60));

        FeedPoller.Round first = poller.startRound();
        assertThat(first.hosts()).isEqualTo(3);
        awaitPolled(quick, T0);
        awaitPolled(brisk, T0);
        assertThat(book.state(stuck).lastPolled()).as("still hanging").isNull();

        for (int round = 1; round <= 3; round++) {
            Instant due = clock.advance(Duration.ofHours(5)); // past every interval and back-off
            RoundReport report = poller.startRound().await();
            assertThat(report.feeds()).as("round " + round + ": the hanging host is not waited for").isEqualTo(2);
            assertThat(book.state(quick).lastPolled()).isEqualTo(due);
            assertThat(book.state(brisk).lastPolled()).isEqualTo(due);
        }
        assertThat(first.done()).as("the hanging host's poll is still going").isFalse();
        assertThat(book.state(stuck).lastPolled()).isNull();
    }

    @Test
    void aHostThatTimesOutIsRecordedAsFailingAndSlowAndBackedOff() throws Exception {
        SimOutlet stuck = outlet("Stuck Tribune", 2, 100).fault(Fault.of(Fault.Type.SLOW, T0, Duration.ofDays(1)));
        SimOutlet quick = outlet("Quick Courier", 2, 200);
        FeedPoller poller = poller(Duration.ofSeconds(3));

        poller.runRound();

        FeedState failed = book.state(stuck);
        assertThat(failed.lastError()).startsWith("timed out");
        assertThat(failed.errorCount()).isEqualTo(1);
        assertThat(failed.fetchTime()).as("counted at the deadline").isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        FeedState fine = book.state(quick);
        assertThat(fine.failing()).isFalse();
        assertThat(fine.lastSuccess()).isEqualTo(fine.lastPolled());
        assertThat(fine.fetchTime()).isLessThan(FeedState.SLOW_FETCH);
        assertThat(Duration.between(T0, failed.nextPoll())).as("backed off: twice its interval")
                .isGreaterThanOrEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void pagesOnAHostThatTimesOutWaitForTheNextPoll() throws Exception {
        SimOutlet outlet = outlet("Paged Post", 5, 400).fault(Fault.of(Fault.Type.PAGES_SLOW, T0, Duration.ofHours(1)));
        FeedPoller poller = poller(Duration.ofSeconds(3));

        RoundReport first = poller.runRound();

        assertThat(first.retrying()).as("one page timed out").isEqualTo(1);
        assertThat(outlet.requests("/news/")).as("the other pages were not tried").isEqualTo(1);
        FeedState state = book.state(outlet);
        assertThat(state.failing()).as("the feed itself answered").isFalse();
        assertThat(state.etag()).as("the entries left come back in a full response").isNull();

        clock.advance(Duration.ofHours(2)); // the pages answer again
        RoundReport second = poller.runRound();
        assertThat(second.stored()).isEqualTo(5);
    }

    private void awaitPolled(SimOutlet outlet, Instant at) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (book.state(outlet).lastPolled() == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(book.state(outlet).lastPolled()).as(outlet.name()).isEqualTo(at);
    }

    /** The feed table in memory. */
    private static final class MemoryBook implements FeedBook {
        private final Map<Long, FeedState> feeds = new ConcurrentHashMap<>();
        private final Map<Long, OutletHint> outlets = new ConcurrentHashMap<>();
        private final Map<String, EntryMark> entries = new ConcurrentHashMap<>();
        private final Map<String, Long> ids = new HashMap<>();

        void add(SimOutlet outlet) {
            long id = feeds.size() + 1;
            feeds.put(id, new FeedState(id, id, outlet.newsFeed().toString(), ArticleKind.NEWS, null, null, null, null,
                    null, null, 0, Instant.EPOCH, Duration.ofMinutes(30), 0, null));
            outlets.put(id, new OutletHint(outlet.name(), outlet.domain(), null));
            ids.put(outlet.name(), id);
        }

        FeedState state(SimOutlet outlet) {
            return feeds.get(ids.get(outlet.name()));
        }

        @Override
        public List<PollTarget> due(Instant now, int limit) {
            List<PollTarget> due = new ArrayList<>();
            feeds.values().stream().filter(f -> !f.nextPoll().isAfter(now)).limit(limit)
                    .forEach(f -> due.add(new PollTarget(f, outlets.get(f.outletId()))));
            return due;
        }

        @Override
        public Optional<Instant> nextDue() {
            return feeds.values().stream().map(FeedState::nextPoll).min(Instant::compareTo);
        }

        @Override
        public void save(FeedState state) {
            feeds.put(state.id(), state);
        }

        @Override
        public Map<String, EntryMark> entries(long feedId, Collection<String> keys) {
            Map<String, EntryMark> found = new HashMap<>();
            keys.forEach(key -> Optional.ofNullable(entries.get(feedId + "/" + key)).ifPresent(m -> found.put(key, m)));
            return found;
        }

        @Override
        public void recordEntry(long feedId, String key, Instant at, EntryResult result) {
            entries.merge(feedId + "/" + key, new EntryMark(result.done(), 1),
                    (old, now) -> new EntryMark(now.done(), old.attempts() + 1));
        }

        @Override
        public void forgetEntriesBefore(Instant before) {
        }
    }

    /** The article store in memory: each address once. */
    private static final class MemorySink implements ArticleSink {
        private final Map<String, Long> articles = new ConcurrentHashMap<>();
        private final AtomicLong nextId = new AtomicLong(1);

        @Override
        public Optional<Long> find(String articleKey) {
            return Optional.ofNullable(articles.get(articleKey));
        }

        @Override
        public void raiseKind(long articleId, long outletId, ArticleKind kind) {
        }

        @Override
        public Result store(long outletId, ArticleDraft draft, TextFingerprint fingerprint, Instant now) {
            Long known = articles.putIfAbsent(draft.url(), nextId.get());
            return known != null ? new Result(Stored.KNOWN, known) : new Result(Stored.NEW, nextId.getAndIncrement());
        }
    }
}
