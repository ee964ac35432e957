package org.parallax.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.parallax.fetch.simulator.FakeClock;

class HostPacerTest {
    private final FakeClock clock = new FakeClock(Instant.parse("2026-03-04T12:00:00Z"));
    private final List<Duration> sleeps = new ArrayList<>();
    private final HostPacer pacer = new HostPacer(Duration.ofSeconds(2), clock, duration -> {
        synchronized (sleeps) {
            sleeps.add(duration);
        }
        clock.advance(duration);
    });

    @Test
    void waitsTheDelayBetweenRequestsToOneHostOnly() throws InterruptedException {
        try (HostPacer.Permit ignored = pacer.acquire("a.example:443", null, null).orElseThrow()) {
            clock.advance(Duration.ofMillis(300)); // the request takes some time
        }
        try (HostPacer.Permit ignored = pacer.acquire("b.example:443", null, null).orElseThrow()) {
            clock.advance(Duration.ofMillis(500));
        }
        assertThat(sleeps).isEmpty(); // other hosts do not wait
        try (HostPacer.Permit ignored = pacer.acquire("A.example:443", null, null).orElseThrow()) {
            clock.advance(Duration.ofMillis(100));
        }
        // 2 s after the first request to a.example ended, of which 0.5 s had passed.
        assertThat(sleeps).containsExactly(Duration.ofMillis(1500));
        clock.advance(Duration.ofSeconds(5));
        try (HostPacer.Permit ignored = pacer.acquire("a.example:443", null, null).orElseThrow()) {
            assertThat(sleeps).hasSize(1);
        }
    }

    @Test
    void neverLetsTwoRequestsToOneHostRunAtOnce() throws Exception {
        HostPacer noDelay = new HostPacer(Duration.ZERO, clock, HostPacer.Sleeper.system());
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> tasks = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                tasks.add(threads.submit(() -> {
                    start.await();
                    for (int n = 0; n < 200; n++) {
                        try (HostPacer.Permit ignored = noDelay.acquire("same.example:80", null, null).orElseThrow()) {
                            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                            Thread.yield();
                            inFlight.decrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> task : tasks) {
                task.get();
            }
        }
        assertThat(maxInFlight.get()).isEqualTo(1);
    }

    @Test
    void aHostThatAskedToBeLeftAloneIsHeldOffUntilThenAndALongerDelayIsKept() throws InterruptedException {
        Instant start = clock.instant();
        pacer.holdOff("a.example:443", start.plusSeconds(60));
        pacer.holdOff("a.example:443", start.plusSeconds(30)); // an earlier time does not shorten the hold
        assertThat(pacer.heldUntil("A.example:443")).contains(start.plusSeconds(60));
        assertThat(pacer.heldUntil("b.example:443")).isEmpty();
        clock.advance(Duration.ofSeconds(60));
        assertThat(pacer.heldUntil("a.example:443")).isEmpty();

        try (HostPacer.Permit ignored = pacer.acquire("c.example:443", null, null).orElseThrow()) {
            // first request: no wait
        }
        Instant before = clock.instant();
        try (HostPacer.Permit ignored = pacer.acquire("c.example:443", Duration.ofSeconds(5), null).orElseThrow()) {
            assertThat(Duration.between(before, clock.instant())).as("the request's longer delay").isEqualTo(Duration.ofSeconds(5));
        }
    }
}
