package org.parallax.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final List<Duration> waits = new ArrayList<>();
    private final RateLimiter limiter = new RateLimiter(Duration.ofSeconds(4), clock, d -> {
        waits.add(d);
        clock.advance(d);
    });

    @Test
    void requestsAreSpacedByTheMinimumInterval() throws InterruptedException {
        assertThat(limiter.acquire()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire()).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(limiter.acquire()).isEmpty();

        assertThat(waits).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void aBlockedProviderIsNotWaitedForButReported() throws InterruptedException {
        limiter.blockUntil(NOW.plusSeconds(60));
        limiter.blockUntil(NOW.plusSeconds(30)); // an earlier time does not shorten the block

        assertThat(limiter.acquire()).contains(NOW.plusSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        assertThat(limiter.acquire()).isEmpty();
        assertThat(waits).isEmpty();
    }
}
