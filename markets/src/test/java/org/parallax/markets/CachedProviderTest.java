package org.parallax.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parallax.core.forecast.MarketSource;
import org.parallax.markets.FixtureServer.Reply;

/** A question read within its time to live costs no request. */
class CachedProviderTest {

    private final FixtureServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));

    CachedProviderTest() throws IOException {
        server = new FixtureServer();
        server.route("/manifold/v0/market/hB4rbr0v1", Reply.fixture("manifold-market.json"))
                .route("/manifold/v0/search-markets?filter=open&contractType=BINARY&sort=most-popular&limit=100&offset=0",
                        Reply.fixture("manifold-search.json"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ForecastProvider manifold() {
        LiveForecastSettings settings = Providers.allAt(server).with(MarketSource.MANIFOLD,
                Providers.settings(server.base("/manifold"))); // the default 15-minute cache
        return Providers.one(MarketSource.MANIFOLD, settings, clock);
    }

    @Test
    void aQuestionIsReadOncePerTimeToLive() {
        ForecastProvider manifold = manifold();

        manifold.question("hB4rbr0v1");
        clock.advance(Duration.ofMinutes(14));
        manifold.question("hB4rbr0v1");
        assertThat(server.requests()).hasSize(1);

        clock.advance(Duration.ofMinutes(2));
        manifold.question("hB4rbr0v1");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void questionsReadInAListingAreServedFromMemory() {
        ForecastProvider manifold = manifold();

        manifold.openQuestions();
        FetchResult<?> again = manifold.question("c4shM4rk7");

        assertThat(again).isInstanceOf(FetchResult.Fetched.class);
        assertThat(server.paths()).noneMatch(p -> p.startsWith("/manifold/v0/market/"));
    }
}
