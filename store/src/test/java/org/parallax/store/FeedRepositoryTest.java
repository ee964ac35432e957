package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.store.testing.SampleData.outlet;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.FeedState;
import org.parallax.store.FeedRepository.EntryRecord;
import org.parallax.store.FeedRepository.FeedWithOutlet;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

class FeedRepositoryTest {
    private static final Instant T = Instant.parse("2026-03-04T12:00:00Z");

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aNewFeedIsDueAtOnceAndItsUrlIsUnique(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long a = db.outlets().resolve(outlet("A", "a.example")).id();
            long b = db.outlets().resolve(outlet("B", "b.example")).id();
            assertThat(db.feeds().add(a, "https://a.example/rss", ArticleKind.NEWS)).isTrue();
            assertThat(db.feeds().add(a, "https://a.example/opinion.xml", ArticleKind.OPINION)).isTrue();
            assertThat(db.feeds().add(b, " https://a.example/rss ", ArticleKind.NEWS)).isFalse();

            List<FeedState> due = db.feeds().due(T, 10);
            assertThat(due).extracting(FeedState::url)
                    .containsExactly("https://a.example/rss", "https://a.example/opinion.xml");
            FeedState opinion = due.get(1);
            assertThat(opinion.kind()).isEqualTo(ArticleKind.OPINION);
            assertThat(opinion.outletId()).isEqualTo(a);
            assertThat(opinion.lastPolled()).isNull();
            assertThat(opinion.interval()).isEqualTo(FeedRepository.DEFAULT_INTERVAL);
            assertThat(db.feeds().ofOutlet(b)).isEmpty();
            assertThat(db.outlets().find(a).orElseThrow().feeds()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void claimedFeedsGoToOnePollerUntilSavedOrTheLeaseEnds(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long a = db.outlets().resolve(outlet("A", "a.example")).id();
            for (int i = 0; i < 5; i++) {
                db.feeds().add(a, "https://a.example/feed" + i, ArticleKind.NEWS);
            }
            Instant lease = T.plus(Duration.ofMinutes(10));
            List<FeedState> first = db.feeds().claimDue(T, lease, 3);
            List<FeedState> second = db.feeds().claimDue(T, lease, 3);
            assertThat(first).hasSize(3);
            assertThat(second).hasSize(2).extracting(FeedState::id)
                    .doesNotContainAnyElementsOf(first.stream().map(FeedState::id).toList());
            assertThat(db.feeds().claimDue(T, lease, 3)).isEmpty();
            db.feeds().save(first.getFirst()); // given back unchanged: due again
            assertThat(db.feeds().claimDue(T, lease, 3)).extracting(FeedState::id).containsExactly(first.getFirst().id());
            assertThat(db.feeds().claimDue(lease, lease.plusSeconds(600), 10)).hasSize(5); // a dead poller's lease ended
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void savedStateIsReadBackAndDecidesWhenTheFeedIsDue(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long a = db.outlets().resolve(outlet("A", "a.example")).id();
            db.feeds().add(a, "https://a.example/rss", ArticleKind.NEWS);
            db.feeds().add(a, "https://a.example/world", ArticleKind.NEWS);
            FeedState feed = db.feeds().findByUrl("https://a.example/rss").orElseThrow();
            FeedState polled = new FeedState(feed.id(), a, feed.url(), feed.kind(), "\"v1\"",
                    "Wed, 04 Mar 2026 11:00:00 GMT", T, T.minusSeconds(3600), "HTTP 503 (retry after 120 s)",
                    T, 2, T.plus(Duration.ofMinutes(20)), Duration.ofMinutes(20), 7, Duration.ofMillis(1250));
            db.feeds().save(polled);

            assertThat(db.feeds().find(feed.id())).contains(polled);
            assertThat(db.feeds().due(T, 10)).extracting(FeedState::url).containsExactly("https://a.example/world");
            assertThat(db.feeds().due(T.plus(Duration.ofMinutes(20)), 10)).hasSize(2);
            assertThat(db.feeds().due(T.plus(Duration.ofMinutes(20)), 1)).extracting(FeedState::url)
                    .containsExactly("https://a.example/world");
            assertThat(db.feeds().nextDue()).contains(Instant.EPOCH);

            List<FeedWithOutlet> health = db.feeds().health();
            assertThat(health.getFirst().feed()).isEqualTo(polled); // failing feeds first
            assertThat(health.getFirst().outletName()).isEqualTo("A");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void entriesAreCountedAndRecordedPerFeed(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long a = db.outlets().resolve(outlet("A", "a.example")).id();
            db.feeds().add(a, "https://a.example/rss", ArticleKind.NEWS);
            db.feeds().add(a, "https://a.example/world", ArticleKind.NEWS);
            long first = db.feeds().findByUrl("https://a.example/rss").orElseThrow().id();
            long second = db.feeds().findByUrl("https://a.example/world").orElseThrow().id();
            String one = FeedRepository.entryKey("https://a.example/1");
            String two = FeedRepository.entryKey("https://a.example/2");

            db.feeds().recordEntry(first, one, T, false, "HTTP 500", null);
            db.feeds().recordEntry(first, one, T.plusSeconds(60), true, "stored", null);
            db.feeds().recordEntry(first, two, T, false, "timeout", null);

            Map<String, EntryRecord> seen = db.feeds().entries(first, List.of(one, two, FeedRepository.entryKey("x")));
            assertThat(seen).containsOnly(Map.entry(one, new EntryRecord(true, 2)),
                    Map.entry(two, new EntryRecord(false, 1)));
            assertThat(db.feeds().entries(second, List.of(one))).isEmpty();
            assertThat(db.feeds().entries(first, List.of())).isEmpty();

            assertThat(db.feeds().forgetEntriesBefore(T.plusSeconds(1))).isEqualTo(2);
            assertThat(db.feeds().remove(first)).isTrue();
            assertThat(db.feeds().find(first)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void removingAFeedRemovesItsEntries(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long a = db.outlets().resolve(outlet("A", "a.example")).id();
            db.feeds().add(a, "https://a.example/rss", ArticleKind.NEWS);
            long feed = db.feeds().findByUrl("https://a.example/rss").orElseThrow().id();
            db.feeds().recordEntry(feed, FeedRepository.entryKey("e"), T, true, "stored", null);
            assertThat(db.feeds().remove(feed)).isTrue();
            long entries = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM feed_entry")
                    .mapTo(Long.class).one());
            assertThat(entries).isZero();
        }
    }
}
