package org.parallax.markets;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Politeness towards one provider: at least {@code minInterval} between two requests (the caller
 * waits), and no request at all while the provider has told us to come back later (429 or 503 with
 * Retry-After): then {@link #acquire} answers with the time to come back instead of waiting.
 */
final class RateLimiter {

    /** Waits; a seam so that tests see the waits without spending them. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        Sleeper REAL = duration -> Thread.sleep(duration);
    }

    private final Duration minInterval;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private Instant lastRequest;
    private Instant blockedUntil;

    RateLimiter(Duration minInterval, InstantSource clock, Sleeper sleeper) {
        this.minInterval = minInterval;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Waits for the request's turn.
     *
     * @return empty when the request may go now; the time the provider asked us to wait for otherwise
     */
    synchronized Optional<Instant> acquire() throws InterruptedException {
        Instant now = clock.instant();
        if (blockedUntil != null && now.isBefore(blockedUntil)) {
            return Optional.of(blockedUntil);
        }
        if (lastRequest != null) {
            Duration wait = Duration.between(now, lastRequest.plus(minInterval));
            if (wait.isPositive()) {
                sleeper.sleep(wait);
                now = clock.instant();
            }
        }
        lastRequest = now;
        return Optional.empty();
    }

    /** No requests before {@code until}. */
    synchronized void blockUntil(Instant until) {
        if (blockedUntil == null || until.isAfter(blockedUntil)) {
            blockedUntil = until;
        }
    }
}
