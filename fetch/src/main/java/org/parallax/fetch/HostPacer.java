package org.parallax.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness towards each host, the one rate limiter of Parallax: at most one request at a time,
 * at least a delay between the end of one request and the start of the next (the pacer's own, or a
 * longer one a request asks for, such as an API's published rate), and no request at all while the
 * host has asked to be left alone (429, or 503 with Retry-After). Hosts are keyed with their port
 * ("example.com:443"), as servers are.
 */
public final class HostPacer {

    /** Waits; tests substitute one that advances their clock instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        static Sleeper system() {
            return duration -> Thread.sleep(duration);
        }
    }

    /** The right to send one request to a host; closing it starts the host's delay. */
    public final class Permit implements AutoCloseable {
        private final Slot slot;
        private boolean closed;

        private Permit(Slot slot) {
            this.slot = slot;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                slot.lastEnd = clock.instant();
                slot.lock.unlock();
            }
        }
    }

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        Instant lastEnd; // guarded by lock
        volatile Instant heldUntil;
    }

    private final Duration delay;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

    public HostPacer(Duration delay, InstantSource clock, Sleeper sleeper) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("host delay must not be negative: " + delay);
        }
        this.delay = delay;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Waits for the host's turn, then for the delay since its last request.
     *
     * @param hostDelay a longer delay this request asks for, or null
     * @param maxWait   the longest wait for the turn (the delay excluded), or null for no limit
     * @return the permit; empty when the turn did not come within {@code maxWait}
     */
    public Optional<Permit> acquire(String hostKey, Duration hostDelay, Duration maxWait) throws InterruptedException {
        Slot slot = slot(hostKey);
        if (maxWait == null) {
            slot.lock.lockInterruptibly();
        } else if (!slot.lock.tryLock(Math.max(0, maxWait.toNanos()), TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        try {
            Duration pause = hostDelay != null && hostDelay.compareTo(delay) > 0 ? hostDelay : delay;
            if (slot.lastEnd != null) {
                Duration wait = Duration.between(clock.instant(), slot.lastEnd.plus(pause));
                if (wait.isPositive()) {
                    sleeper.sleep(wait);
                }
            }
            return Optional.of(new Permit(slot));
        } catch (InterruptedException | RuntimeException e) {
            slot.lock.unlock();
            throw e;
        }
    }

    /** No requests to the host before {@code until} (an earlier time does not shorten a hold). */
    public void holdOff(String hostKey, Instant until) {
        Slot slot = slot(hostKey);
        synchronized (slot) {
            if (slot.heldUntil == null || until.isAfter(slot.heldUntil)) {
                slot.heldUntil = until;
            }
        }
    }

    /** Until when the host asked to be left alone, if it is still now. */
    public Optional<Instant> heldUntil(String hostKey) {
        Slot slot = slots.get(hostKey.toLowerCase(Locale.ROOT));
        Instant until = slot == null ? null : slot.heldUntil;
        return until != null && clock.instant().isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    public Duration delay() {
        return delay;
    }

    private Slot slot(String hostKey) {
        return slots.computeIfAbsent(hostKey.toLowerCase(Locale.ROOT), key -> new Slot());
    }
}
