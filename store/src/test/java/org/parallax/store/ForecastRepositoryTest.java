package org.parallax.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;
import org.parallax.store.ForecastRepository.UpsertCounts;
import org.parallax.store.ProviderStatusRepository.ProviderStatus;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastRepositoryTest {

    private static final Instant T = Instant.parse("2026-04-01T10:00:00.123456789Z");
    private static final Instant STORED_T = Instant.parse("2026-04-01T10:00:00.123456Z");

    static MarketQuestion question(MarketSource source, String id, double p, Instant at) {
        return new MarketQuestion(source, id, "Will question " + id + " resolve yes before 2027?",
                "Background of " + id + ".", "https://example.org/q/" + id, p, at, at.minus(Duration.ofDays(30)),
                at.plus(Duration.ofDays(300)), false, null, source == MarketSource.MANIFOLD);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aStoredQuestionReadsBackAsStoredToTheMicrosecond(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            MarketQuestion full = question(MarketSource.MANIFOLD, "abc", 0.62, T);
            MarketQuestion bare = new MarketQuestion(MarketSource.KALSHI, "KX-1", "Will it?", null,
                    "https://kalshi.com/markets/kx", 0.0, T, null, null, true, null, false);

            assertThat(db.forecasts().upsert(List.of(full, bare), T)).isEqualTo(new UpsertCounts(2, 0, 0, 0));

            assertThat(db.forecasts().find(MarketSource.MANIFOLD, "abc")).contains(new MarketQuestion(MarketSource.MANIFOLD,
                    "abc", full.question(), full.background(), full.url(), 0.62, STORED_T,
                    Instant.parse("2026-03-02T10:00:00.123456Z"), Instant.parse("2027-01-26T10:00:00.123456Z"), false, null, true));
            assertThat(db.forecasts().find(MarketSource.KALSHI, "KX-1")).hasValueSatisfying(q -> {
                assertThat(q.background()).isNull();
                assertThat(q.opensAt()).isNull();
                assertThat(q.resolved()).isTrue();
            });
            assertThat(db.forecasts().find(MarketSource.METACULUS, "abc")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void storingTheSameQuestionsAgainChangesNothing(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            List<MarketQuestion> bank = List.of(question(MarketSource.METACULUS, "1", 0.1, T),
                    question(MarketSource.POLYMARKET, "0xabc", 0.2, T));
            db.forecasts().upsert(bank, T);

            assertThat(db.forecasts().upsert(bank, T.plusSeconds(60))).isEqualTo(new UpsertCounts(0, 0, 2, 0));
            assertThat(db.forecasts().countBySource()).isEqualTo(Map.of(MarketSource.METACULUS, 1L, MarketSource.POLYMARKET, 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aNewerProbabilityReplacesAnOlderOneButNeverTheReverse(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            db.forecasts().upsert(List.of(question(MarketSource.MANIFOLD, "m", 0.30, T)), T);

            assertThat(db.forecasts().upsert(List.of(question(MarketSource.MANIFOLD, "m", 0.45, T.plusSeconds(3600))), T))
                    .isEqualTo(new UpsertCounts(0, 1, 0, 0));
            assertThat(db.forecasts().upsert(List.of(question(MarketSource.MANIFOLD, "m", 0.10, T.minusSeconds(3600))), T))
                    .isEqualTo(new UpsertCounts(0, 0, 1, 0));
            assertThat(db.forecasts().find(MarketSource.MANIFOLD, "m")).hasValueSatisfying(q -> {
                assertThat(q.probability()).isEqualTo(0.45);
                assertThat(q.probabilityAt()).isEqualTo(STORED_T.plusSeconds(3600));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void questionsTooLongForTheSchemaAreRejectedAndLongBackgroundsCut(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            MarketQuestion longQuestion = new MarketQuestion(MarketSource.MANIFOLD, "long", "Will " + "x".repeat(1000) + "?",
                    null, "https://manifold.markets/a/b", 0.5, T, null, null, false, null, true);
            MarketQuestion longBackground = new MarketQuestion(MarketSource.MANIFOLD, "bg", "Will it?", "y".repeat(5000),
                    "https://manifold.markets/a/c", 0.5, T, null, null, false, null, true);

            assertThat(db.forecasts().upsert(List.of(longQuestion, longBackground), T)).isEqualTo(new UpsertCounts(1, 0, 0, 1));
            assertThat(db.forecasts().find(MarketSource.MANIFOLD, "bg").orElseThrow().background()).hasSize(4000);
            assertThat(db.forecasts().upsert(List.of(longBackground), T)).isEqualTo(new UpsertCounts(0, 0, 1, 0));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void resolutionsMarkStoredQuestionsOnce(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            db.forecasts().upsert(List.of(question(MarketSource.INFER, "7", 0.3, T)), T);
            Instant resolved = Instant.parse("2026-06-01T00:00:00Z");

            assertThat(db.forecasts().markResolved(MarketSource.INFER, "7", resolved, T)).isTrue();
            assertThat(db.forecasts().markResolved(MarketSource.INFER, "7", resolved, T)).isFalse();
            assertThat(db.forecasts().markResolved(MarketSource.INFER, "8", resolved, T)).isFalse();
            assertThat(db.forecasts().find(MarketSource.INFER, "7")).hasValueSatisfying(q -> {
                assertThat(q.resolved()).isTrue();
                assertThat(q.resolvedAt()).isEqualTo(resolved);
                assertThat(q.openAt(resolved.minusSeconds(1))).isTrue();
                assertThat(q.openAt(resolved)).isFalse();
            });

            // importing the question bank again does not undo the resolution
            assertThat(db.forecasts().upsert(List.of(question(MarketSource.INFER, "7", 0.3, T)), T))
                    .isEqualTo(new UpsertCounts(0, 0, 1, 0));
            assertThat(db.forecasts().find(MarketSource.INFER, "7").orElseThrow().resolvedAt()).isEqualTo(resolved);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void recentListsNewestProbabilitiesFirstAndStaleOpenFindsWhatToReadAgain(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            MarketQuestion old = question(MarketSource.KALSHI, "OLD", 0.1, T.minus(Duration.ofHours(5)));
            MarketQuestion fresh = question(MarketSource.KALSHI, "FRESH", 0.2, T);
            MarketQuestion closed = new MarketQuestion(MarketSource.KALSHI, "CLOSED", "Will it?", null,
                    "https://kalshi.com/markets/c", 0.3, T.minus(Duration.ofHours(6)), null, T.minusSeconds(1), false, null, false);
            MarketQuestion otherSource = question(MarketSource.MANIFOLD, "OLD", 0.4, T.minus(Duration.ofHours(7)));
            db.forecasts().upsert(List.of(old, fresh, closed, otherSource), T);

            assertThat(db.forecasts().recent(10)).extracting(MarketQuestion::externalId)
                    .containsExactly("FRESH", "OLD", "CLOSED", "OLD");
            assertThat(db.forecasts().recent(1)).extracting(MarketQuestion::externalId).containsExactly("FRESH");
            assertThat(db.forecasts().staleOpen(MarketSource.KALSHI, T.minus(Duration.ofHours(1)), T, 10))
                    .extracting(MarketQuestion::externalId).containsExactly("OLD");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void providerStatusIsSavedAndReplaced(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            ProviderStatus failed = new ProviderStatus(MarketSource.KALSHI, STORED_T, null, "timeout: no response",
                    STORED_T, 1, 0, STORED_T.plusSeconds(600));
            db.providerStatus().save(failed);
            assertThat(db.providerStatus().find(MarketSource.KALSHI)).contains(failed);

            ProviderStatus ok = new ProviderStatus(MarketSource.KALSHI, STORED_T.plusSeconds(600),
                    STORED_T.plusSeconds(600), null, STORED_T, 0, 120, STORED_T.plusSeconds(2400));
            db.providerStatus().save(ok);
            assertThat(db.providerStatus().all()).containsExactly(ok);
        }
    }
}
