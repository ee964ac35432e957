package org.parallax.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;
import org.parallax.markets.FixtureServer.Reply;

/** Each provider client against responses in its API's documented shapes, served on loopback. */
class ProviderClientsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private final FixtureServer server;
    private final MutableClock clock = new MutableClock(NOW);

    ProviderClientsTest() throws IOException {
        server = new FixtureServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ForecastProvider provider(MarketSource source) {
        return Providers.one(source, Providers.allAt(server), clock);
    }

    @Test
    void metaculusReadsBinaryCommunityPredictionsPageByPageWithTheToken() {
        String list = "/metaculus/api/posts/?statuses=open&forecast_type=binary&with_cp=true&order_by=-hotness&limit=50";
        server.route(list + "&offset=0", Reply.fixture("metaculus-posts-page1.json"))
                .route(list + "&offset=50", Reply.fixture("metaculus-posts-page2.json"));

        ForecastProvider.Listing listing = provider(MarketSource.METACULUS).openQuestions();

        assertThat(listing.stoppedBy()).isNull();
        assertThat(listing.skipped()).isEqualTo(3); // a group, a numeric question, a hidden community prediction
        assertThat(listing.questions()).containsExactly(
                new MarketQuestion(MarketSource.METACULUS, "41001", "Will there be a ceasefire in the Harbor War before 2027?",
                        "The Harbor War began in 2025. See the timeline for details.",
                        "https://www.metaculus.com/questions/41001/", 0.1, NOW, Instant.parse("2025-06-01T00:00:00Z"),
                        Instant.parse("2026-12-31T00:00:00Z"), false, null, false),
                new MarketQuestion(MarketSource.METACULUS, "41005", "Will the Port Elwin bridge reopen before 2027?", null,
                        "https://www.metaculus.com/questions/41005/", 0.64, NOW, Instant.parse("2025-09-01T00:00:00Z"),
                        Instant.parse("2026-12-01T00:00:00Z"), false, null, false));
        assertThat(server.requests()).allSatisfy(r -> {
            assertThat(r.headers().getFirst("Authorization")).isEqualTo("Token secret-token");
            assertThat(r.headers().getFirst("User-Agent")).startsWith("ParallaxBot/"); // the one fetch layer's
        });
    }

    @Test
    void metaculusReadsOnePostAndItsResolution() {
        server.route("/metaculus/api/posts/39000/", Reply.fixture("metaculus-post-resolved.json"));

        Optional<MarketQuestion> q = fetched(provider(MarketSource.METACULUS).question("39000"));

        assertThat(q).hasValueSatisfying(question -> {
            assertThat(question.probability()).isEqualTo(0.97);
            assertThat(question.resolved()).isTrue();
            assertThat(question.resolvedAt()).isEqualTo(Instant.parse("2025-10-02T12:00:00Z"));
            assertThat(question.closesAt()).isEqualTo(Instant.parse("2025-10-01T00:00:00Z"));
            assertThat(question.openAt(NOW)).isFalse();
        });
        assertThat(provider(MarketSource.METACULUS).question("../admin")).isInstanceOf(FetchResult.Failed.class);
    }

    @Test
    void manifoldKeepsBinaryMarketsAndSaysWhichArePlayMoney() {
        server.route("/manifold/v0/search-markets?filter=open&contractType=BINARY&sort=most-popular&limit=100&offset=0",
                Reply.fixture("manifold-search.json"));

        ForecastProvider.Listing listing = provider(MarketSource.MANIFOLD).openQuestions();

        assertThat(listing.skipped()).isEqualTo(1);
        assertThat(listing.questions()).containsExactly(
                new MarketQuestion(MarketSource.MANIFOLD, "hB4rbr0v1", "Will the Harbor War end before 2027?", null,
                        "https://manifold.markets/harborwatch/will-the-harbor-war-end-before-2027", 0.23, NOW,
                        Instant.ofEpochMilli(1748736000000L), Instant.ofEpochMilli(1798675200000L), false, null, true),
                new MarketQuestion(MarketSource.MANIFOLD, "c4shM4rk7", "Will the Port Elwin bridge reopen in 2026?", null,
                        "https://manifold.markets/harborwatch/port-elwin-bridge-cash", 0.58, NOW,
                        Instant.ofEpochMilli(1750000000000L), Instant.ofEpochMilli(1795000000000L), false, null, false));
        assertThat(server.paths()).hasSize(1); // fewer than a page: no second request
    }

    @Test
    void manifoldReadsOneMarketWithItsDescriptionAndSearchesByTerm() {
        server.route("/manifold/v0/market/hB4rbr0v1", Reply.fixture("manifold-market.json"))
                .route("/manifold/v0/search-markets?filter=open&contractType=BINARY&term=harbor+war+%26+peace&limit=10",
                        Reply.fixture("manifold-search.json"));
        ForecastProvider manifold = provider(MarketSource.MANIFOLD);

        assertThat(fetched(manifold.question("hB4rbr0v1"))).hasValueSatisfying(q -> {
            assertThat(q.probability()).isEqualTo(0.31);
            assertThat(q.background()).isEqualTo("Resolves YES if both sides sign a ceasefire that holds for 30 days.");
        });
        assertThat(fetched(manifold.search("harbor war & peace", 10))).hasSize(2);
    }

    @Test
    void polymarketReadsYesPricesFromItsStringEncodedArraysAndSkipsOtherOutcomes() {
        server.route("/polymarket/markets?closed=false&active=true&order=volume24hr&ascending=false&limit=100&offset=0",
                Reply.fixture("polymarket-markets.json"));

        ForecastProvider.Listing listing = provider(MarketSource.POLYMARKET).openQuestions();

        assertThat(listing.skipped()).isEqualTo(1); // the match between two teams is not a yes/no question
        assertThat(listing.questions()).extracting(MarketQuestion::externalId, MarketQuestion::probability, MarketQuestion::url)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("0x9f2c1e7a4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a",
                                0.135, "https://polymarket.com/market/harbor-war-ceasefire-signed-by-june-30"),
                        org.assertj.core.groups.Tuple.tuple("0x2222222222222222222222222222222222222222222222222222222222222222",
                                0.3, "https://polymarket.com/market/eastbay-ferry-resume-2026"));
        assertThat(listing.questions().getFirst().closesAt()).isEqualTo(Instant.parse("2026-06-30T12:00:00Z"));
        assertThat(listing.questions().getFirst().playMoney()).isFalse();
    }

    @Test
    void polymarketReadsOneMarketByConditionIdAndSearchesEventsForOpenMarkets() {
        String id = "0x9f2c1e7a4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a";
        server.route("/polymarket/markets?condition_ids=" + id, Reply.fixture("polymarket-markets.json"))
                .route("/polymarket/public-search?q=harbor+ceasefire&limit_per_type=5", Reply.fixture("polymarket-search.json"));
        ForecastProvider polymarket = provider(MarketSource.POLYMARKET);

        assertThat(fetched(polymarket.question(id))).map(MarketQuestion::probability).contains(0.135);
        assertThat(fetched(polymarket.search("harbor ceasefire", 5))).singleElement()
                .satisfies(q -> assertThat(q.probability()).isEqualTo(0.14));
    }

    @Test
    void kalshiFollowsTheCursorAndSkipsCombosAndTitlesThatDoNotNameTheirOutcome() {
        server.route("/kalshi/trade-api/v2/markets?status=open&limit=200", Reply.fixture("kalshi-markets-page1.json"))
                .route("/kalshi/trade-api/v2/markets?status=open&limit=200&cursor=c2", Reply.fixture("kalshi-markets-page2.json"));

        ForecastProvider.Listing listing = provider(MarketSource.KALSHI).openQuestions();

        assertThat(listing.stoppedBy()).isNull();
        assertThat(listing.skipped()).isEqualTo(3); // two temperature brackets sharing a title, one parlay
        assertThat(listing.questions()).extracting(MarketQuestion::externalId, MarketQuestion::probability)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("KXHARBOR-26-CF", 0.21),   // last price in dollars
                        org.assertj.core.groups.Tuple.tuple("KXBRIDGE-26", 0.46),      // no trade yet: bid/ask midpoint
                        org.assertj.core.groups.Tuple.tuple("KXFERRY-26", 0.62));      // cents only
        assertThat(listing.questions().getFirst().url()).isEqualTo("https://kalshi.com/markets/kxharbor-26");
        assertThat(listing.questions().getFirst().background()).startsWith("If a ceasefire in the Harbor War");
    }

    @Test
    void kalshiReadsOneMarketAndHasNoSearch() {
        server.route("/kalshi/trade-api/v2/markets/KXHARBOR-26-CF", Reply.fixture("kalshi-market.json"));
        ForecastProvider kalshi = provider(MarketSource.KALSHI);

        assertThat(fetched(kalshi.question("KXHARBOR-26-CF"))).map(MarketQuestion::probability).contains(0.25);
        assertThat(kalshi.search("harbor", 5)).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.error().kind()).isEqualTo(FetchError.Kind.UNSUPPORTED));
    }

    @Test
    void aFailedPageKeepsWhatTheEarlierPagesGave() {
        server.route("/kalshi/trade-api/v2/markets?status=open&limit=200", Reply.fixture("kalshi-markets-page1.json"))
                .route("/kalshi/trade-api/v2/markets?status=open&limit=200&cursor=c2", Reply.status(502, java.util.Map.of()));

        ForecastProvider.Listing listing = provider(MarketSource.KALSHI).openQuestions();

        assertThat(listing.questions()).extracting(MarketQuestion::externalId).containsExactly("KXHARBOR-26-CF");
        assertThat(listing.stoppedBy().kind()).isEqualTo(FetchError.Kind.HTTP_STATUS);
        assertThat(listing.stoppedBy().message()).contains("502");
    }

    @Test
    void metaculusStaysOffWithoutATokenAndSwitchedOffProvidersAreNotCreated() {
        LiveForecastSettings settings = Providers.allAt(server)
                .with(MarketSource.METACULUS, Providers.settings(server.base("/metaculus")))
                .with(MarketSource.KALSHI, Providers.settings(server.base("/kalshi")).withEnabled(false));

        List<ForecastProvider> providers = LiveProviders.create(settings, Providers.fetcher(clock), clock);

        assertThat(providers).extracting(ForecastProvider::source)
                .containsExactlyInAnyOrder(MarketSource.MANIFOLD, MarketSource.POLYMARKET);
        assertThat(LiveProviders.disabled(settings)).containsOnlyKeys(MarketSource.METACULUS, MarketSource.KALSHI);
        assertThat(LiveProviders.disabled(LiveForecastSettings.defaults())).containsOnlyKeys(MarketSource.METACULUS);
        assertThat(server.requests()).isEmpty();
    }

    private static <T> T fetched(FetchResult<T> result) {
        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        return ((FetchResult.Fetched<T>) result).value();
    }
}
