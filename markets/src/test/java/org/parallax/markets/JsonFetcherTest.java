package org.parallax.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parallax.markets.FixtureServer.Reply;

/** Every way a provider request can fail ends as a {@link FetchError}, and 429 holds back later requests. */
class JsonFetcherTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private final FixtureServer server;
    private final MutableClock clock = new MutableClock(NOW);

    JsonFetcherTest() throws IOException {
        server = new FixtureServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonFetcher fetcher(ProviderSettings settings, boolean allowPrivate) {
        return new ProviderContext(Providers.fetcher(clock), settings, allowPrivate, clock).fetcher(Map.of());
    }

    private JsonFetcher fetcher() {
        return fetcher(Providers.settings(server.base("/")), true);
    }

    private static FetchError error(FetchResult<JsonNode> result) {
        assertThat(result).isInstanceOf(FetchResult.Failed.class);
        return ((FetchResult.Failed<JsonNode>) result).error();
    }

    @Test
    void aJsonDocumentIsRead() {
        server.route("/ok", Reply.json("{\"a\": [1, 2]}"));

        FetchResult<JsonNode> result = fetcher().get(server.base("/ok"));

        assertThat(result).isInstanceOfSatisfying(FetchResult.Fetched.class,
                ok -> assertThat(((JsonNode) ok.value()).path("a").size()).isEqualTo(2));
    }

    @Test
    void tooManyRequestsHoldsBackLaterRequestsUntilRetryAfter() {
        server.route("/limited", Reply.status(429, Map.of("Retry-After", "120")));
        JsonFetcher fetcher = fetcher();

        FetchError first = error(fetcher.get(server.base("/limited")));
        assertThat(first.kind()).isEqualTo(FetchError.Kind.RATE_LIMITED);
        assertThat(first.retryAt()).isEqualTo(NOW.plusSeconds(120));

        server.route("/limited", Reply.json("{}"));
        clock.advance(Duration.ofSeconds(119));
        FetchError held = error(fetcher.get(server.base("/limited")));
        assertThat(held.kind()).isEqualTo(FetchError.Kind.RATE_LIMITED);
        assertThat(server.requests()).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(fetcher.get(server.base("/limited"))).isInstanceOf(FetchResult.Fetched.class);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void retryAfterMayBeAnHttpDateAndDefaultsToAMinute() {
        // An HTTP date is read against the server's own Date header, so that skewed clocks do not matter.
        String inFiveMinutes = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(5));
        server.route("/busy", Reply.status(503, Map.of("Retry-After", inFiveMinutes)))
                .route("/bare", Reply.status(429, Map.of()));

        assertThat(error(fetcher().get(server.base("/busy"))).retryAt())
                .isBetween(NOW.plus(Duration.ofMinutes(5)).minusSeconds(5), NOW.plus(Duration.ofMinutes(5)));
        assertThat(error(fetcher().get(server.base("/bare"))).retryAt()).isEqualTo(NOW.plus(JsonFetcher.DEFAULT_BACK_OFF));
    }

    @Test
    void otherStatusesSlowResponsesLargeBodiesAndNonJsonAreErrors() {
        server.route("/missing", Reply.status(500, Map.of()))
                .route("/slow", Reply.json("{}").delayed(3000))
                .route("/large", Reply.json("[" + "1,".repeat(2000) + "1]"))
                .route("/html", Reply.json("<html>maintenance</html>"));
        JsonFetcher fetcher = fetcher(Providers.limited(server.base("/"), Duration.ofMillis(300), 1000), true);

        assertThat(error(fetcher.get(server.base("/missing")))).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(FetchError.Kind.HTTP_STATUS);
            assertThat(e.message()).contains("500");
        });
        assertThat(error(fetcher.get(server.base("/slow"))).kind()).isEqualTo(FetchError.Kind.TIMEOUT);
        assertThat(error(fetcher.get(server.base("/large"))).kind()).isEqualTo(FetchError.Kind.TOO_LARGE);
        assertThat(error(fetcher.get(server.base("/html"))).kind()).isEqualTo(FetchError.Kind.BAD_RESPONSE);
    }

    @Test
    void loopbackIsRefusedUnlessAllowedAndNothingIsSent() {
        server.route("/ok", Reply.json("{}"));

        FetchError refused = error(fetcher(Providers.settings(server.base("/")), false).get(server.base("/ok")));

        assertThat(refused.kind()).isEqualTo(FetchError.Kind.REFUSED_ADDRESS);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aClosedPortIsANetworkError() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        FetchError error = error(fetcher().get(URI.create("http://127.0.0.1:" + port + "/x")));

        assertThat(error.kind()).isEqualTo(FetchError.Kind.NETWORK);
    }
}
