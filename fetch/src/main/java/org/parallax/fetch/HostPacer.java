package org.parallax.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness towards each host: at most one request at a time, and at least {@code delay}
 * between the end of one request and the start of the next. Hosts are keyed with their port
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

    /** Blocks until this thread may send a request to the host. Close the permit when the response is in. */
    public Permit acquire(String hostKey) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(hostKey.toLowerCase(Locale.ROOT), key -> new Slot());
        slot.lock.lockInterruptibly();
        try {
            if (slot.lastEnd != null) {
                Duration wait = Duration.between(clock.instant(), slot.lastEnd.plus(delay));
                if (wait.isPositive()) {
                    sleeper.sleep(wait);
                }
            }
            return new Permit(slot);
        } catch (InterruptedException | RuntimeException e) {
            slot.lock.unlock();
            throw e;
        }
    }

    public Duration delay() {
        return delay;
    }
}
