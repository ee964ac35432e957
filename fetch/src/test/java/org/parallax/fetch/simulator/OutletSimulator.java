package org.parallax.fetch.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Many simulated outlets on loopback, sharing one simulated clock: tests publish stories at
 * simulated times, add faults, advance the clock and drive polling rounds themselves, so that
 * nothing depends on the wall clock (except that a SLOW fault outlasts the fetcher's timeout).
 */
public final class OutletSimulator implements AutoCloseable {
    private final FakeClock clock;
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<SimOutlet> outlets = new ArrayList<>();

    public OutletSimulator(FakeClock clock) {
        this.clock = clock;
    }

    /** A new outlet with its own server (its own port: its own host to the fetcher). */
    public SimOutlet outlet(String name) {
        SimOutlet outlet = new SimOutlet(name, clock, release);
        outlets.add(outlet);
        return outlet;
    }

    public List<SimOutlet> outlets() {
        return List.copyOf(outlets);
    }

    public FakeClock clock() {
        return clock;
    }

    @Override
    public void close() {
        release.countDown(); // lets SLOW responses end
        outlets.forEach(SimOutlet::close);
    }
}
