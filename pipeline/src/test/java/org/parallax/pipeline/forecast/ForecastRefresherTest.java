package org.parallax.pipeline.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.pipeline.forecast.LoopbackApi.Reply;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;
import org.parallax.markets.FetchError;
import org.parallax.markets.LiveForecastSettings;
import org.parallax.fetch.FetchSettings;
import org.parallax.fetch.Fetcher;
import org.parallax.fetch.HostPacer;
import org.parallax.fetch.HostResolver;
import org.parallax.markets.LiveProviders;
import org.parallax.store.Database;
import org.parallax.store.ProviderStatusRepository.ProviderStatus;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

/** Live providers on loopback into the question bank, with their status recorded and failures backed off. */
class ForecastRefresherTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(30);
    private static final String MANIFOLD_LIST =
            "/manifold/v0/search-markets?filter=open&contractType=BINARY&sort=most-popular&limit=100&offset=0";
    private static final String KALSHI_LIST = "/kalshi/markets?status=open&limit=200";
    private static final String MANIFOLD_MARKETS = """
            [{"id": "rail1", "question": "Will Riverton open a light-rail line before 2030?",
              "url": "https://manifold.markets/civics/riverton-rail", "outcomeType": "BINARY", "probability": 0.4,
              "createdTime": 1760000000000, "closeTime": 1893456000000, "isResolved": false, "token": "MANA"}]""";

    @TempDir
    Path tempDir;

    private final LoopbackApi api;
    private Instant now = T0;
    private final InstantSource clock = () -> now;

    ForecastRefresherTest() throws IOException {
        api = new LoopbackApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private ForecastRefresher refresher(Database db) {
        LiveForecastSettings settings = LiveForecastSettings.defaults().withAllowPrivateAddresses(true);
        settings = settings
                .with(MarketSource.MANIFOLD, settings.manifold().withBaseUrl(URI.create(api.base() + "/manifold")))
                .with(MarketSource.KALSHI, settings.kalshi().withBaseUrl(URI.create(api.base() + "/kalshi")))
                .with(MarketSource.POLYMARKET, settings.polymarket().withEnabled(false));
        Fetcher fetcher = new Fetcher(FetchSettings.defaults("https://parallax.invalid/test"), HostResolver.system(),
                new HostPacer(Duration.ZERO, clock, duration -> { }), clock);
        return new ForecastRefresher(db, LiveProviders.create(settings, fetcher, clock), clock, INTERVAL);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRefreshStoresOpenQuestionsAndRecordsEachProvidersOutcome(DatabaseKind kind) {
        api.route(MANIFOLD_LIST, Reply.json(MANIFOLD_MARKETS))
                .route(KALSHI_LIST, new Reply(503, "{}", Map.of()));
        try (Database db = TestDatabases.open(kind, tempDir)) {
            List<ForecastRefresher.Outcome> outcomes = refresher(db).runDue();

            assertThat(outcomes).extracting(ForecastRefresher.Outcome::source)
                    .containsExactly(MarketSource.MANIFOLD, MarketSource.KALSHI);
            assertThat(db.forecasts().find(MarketSource.MANIFOLD, "rail1")).hasValueSatisfying(q -> {
                assertThat(q.probability()).isEqualTo(0.4);
                assertThat(q.probabilityAt()).isEqualTo(T0);
                assertThat(q.playMoney()).isTrue();
            });
            assertThat(db.providerStatus().find(MarketSource.MANIFOLD)).contains(
                    new ProviderStatus(MarketSource.MANIFOLD, T0, T0, null, null, 0, 1, T0.plus(INTERVAL)));
            assertThat(db.providerStatus().find(MarketSource.KALSHI)).hasValueSatisfying(s -> {
                assertThat(s.lastSuccess()).isNull();
                assertThat(s.lastError()).startsWith("http_status: HTTP 503");
                assertThat(s.consecutiveErrors()).isEqualTo(1);
                assertThat(s.nextAttempt()).isEqualTo(T0.plus(INTERVAL));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void onlyDueProvidersAreReadAndFailuresBackOffOrWaitForRetryAfter(DatabaseKind kind) {
        api.route(MANIFOLD_LIST, Reply.json(MANIFOLD_MARKETS))
                .route(KALSHI_LIST, new Reply(500, "{}", Map.of()));
        try (Database db = TestDatabases.open(kind, tempDir)) {
            ForecastRefresher refresher = refresher(db);
            refresher.runDue();

            now = T0.plus(Duration.ofMinutes(10));
            assertThat(refresher.runDue()).isEmpty();

            now = T0.plus(INTERVAL);
            assertThat(refresher.runDue()).hasSize(2);
            assertThat(db.providerStatus().find(MarketSource.KALSHI).orElseThrow().nextAttempt())
                    .isEqualTo(now.plus(INTERVAL.multipliedBy(2))); // second failure in a row: twice the wait

            api.route(KALSHI_LIST, new Reply(429, "{}", Map.of("Retry-After", "86400")));
            now = now.plus(INTERVAL.multipliedBy(2));
            ForecastRefresher.Outcome limited = refresher.runDue().stream()
                    .filter(o -> o.source() == MarketSource.KALSHI).findFirst().orElseThrow();
            assertThat(limited.error().kind()).isEqualTo(FetchError.Kind.RATE_LIMITED);
            assertThat(limited.nextAttempt()).isEqualTo(now.plus(Duration.ofDays(1)));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void storedOpenQuestionsMissingFromTheListingAreReadAgainOneByOne(DatabaseKind kind) {
        api.route(MANIFOLD_LIST, Reply.json(MANIFOLD_MARKETS))
                .route(KALSHI_LIST, Reply.json("{\"markets\": [], \"cursor\": \"\"}"))
                .route("/manifold/v0/market/old1", Reply.json("""
                        {"id": "old1", "question": "Will the Riverton tram reopen?",
                         "url": "https://manifold.markets/civics/tram", "outcomeType": "BINARY", "probability": 0.8,
                         "isResolved": false, "token": "MANA"}"""));
        try (Database db = TestDatabases.open(kind, tempDir)) {
            db.forecasts().upsert(List.of(new MarketQuestion(MarketSource.MANIFOLD, "old1", "Will the Riverton tram reopen?",
                    null, "https://manifold.markets/civics/tram", 0.5, T0.minus(Duration.ofDays(2)), null, null, false, null,
                    true)), T0);

            ForecastRefresher.Outcome manifold = refresher(db).runAll().getFirst();

            assertThat(manifold.reread()).isEqualTo(1);
            assertThat(db.forecasts().find(MarketSource.MANIFOLD, "old1")).hasValueSatisfying(q -> {
                assertThat(q.probability()).isEqualTo(0.8);
                assertThat(q.probabilityAt()).isEqualTo(T0);
            });
            assertThat(api.requests()).containsOnlyOnce("/manifold/v0/market/old1");
        }
    }
}
