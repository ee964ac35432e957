package org.parallax.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parallax.fetch.simulator.FakeClock;

class RobotsCacheTest {
    private final TestServer server = new TestServer();
    private final FakeClock clock = new FakeClock(Instant.parse("2026-03-04T12:00:00Z"));
    private final FetchSettings settings = FetchSettings.defaults("https://parallax.invalid/contact")
            .withAddresses(AddressPolicy.allowing(AddressClass.LOOPBACK)).withHostDelay(Duration.ZERO);
    private final Fetcher fetcher = new Fetcher(settings, HostResolver.system(),
            new HostPacer(Duration.ZERO, clock, HostPacer.Sleeper.system()), clock);
    private final RobotsCache robots = new RobotsCache(fetcher, FetchSettings.PRODUCT_TOKEN, clock,
            Duration.ofHours(24), Duration.ofHours(1), 100);
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicReference<Integer> status = new AtomicReference<>(200);

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private void serve(String body) {
        server.on("/robots.txt", ex -> {
            requests.incrementAndGet();
            TestServer.send(ex, status.get(), body);
        });
    }

    @Test
    void rulesAreFetchedOncePerOriginAndKeptForTheirLifetime() {
        serve("User-agent: *\nDisallow: /private/\n");
        assertThat(robots.refusal(server.uri("/private/a.html"))).hasValueSatisfying(
                reason -> assertThat(reason).isEqualTo("robots.txt of 127.0.0.1 disallows /private/a.html"));
        assertThat(robots.refusal(server.uri("/news/a.html?x=1"))).isEmpty();
        assertThat(requests.get()).isEqualTo(1);

        clock.advance(Duration.ofHours(25));
        assertThat(robots.refusal(server.uri("/news/b.html"))).isEmpty();
        assertThat(requests.get()).isEqualTo(2);
    }

    @Test
    void aMissingFileAllowsEverything() {
        status.set(404);
        serve("not found");
        assertThat(robots.refusal(server.uri("/private/a.html"))).isEmpty();
    }

    @Test
    void anUnreachableFileClosesTheHostForAShorterWhile() {
        status.set(503);
        serve("down");
        assertThat(robots.refusal(server.uri("/news/a.html"))).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("robots.txt unreachable (HTTP 503)"));
        clock.advance(Duration.ofMinutes(61));
        status.set(200);
        assertThat(robots.refusal(server.uri("/news/a.html"))).isEmpty();
        assertThat(requests.get()).as("the 503 was tried twice (one retry), then the file read once").isEqualTo(3);
    }

    @Test
    void aCrawlDelayIsReadForTheOrigin() {
        serve("User-agent: *\nCrawl-delay: 5\nDisallow: /private/\n");
        assertThat(robots.crawlDelay(server.uri("/news/a.html"))).contains(Duration.ofSeconds(5));
    }
}
