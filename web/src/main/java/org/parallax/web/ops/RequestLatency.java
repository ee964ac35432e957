package org.parallax.web.ops;

import java.util.concurrent.atomic.LongAdder;

/** A histogram of HTTP request durations with fixed buckets (seconds), in Prometheus' cumulative form. */
public final class RequestLatency {
    static final double[] BOUNDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final LongAdder[] buckets = new LongAdder[BOUNDS.length];
    private final LongAdder count = new LongAdder();
    private final LongAdder totalNanos = new LongAdder();

    public RequestLatency() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    public void record(long nanos) {
        double seconds = nanos / 1e9;
        for (int i = 0; i < BOUNDS.length; i++) {
            if (seconds <= BOUNDS[i]) {
                buckets[i].increment(); // the smallest bucket that holds it; cumulated when written
                break;
            }
        }
        count.increment();
        totalNanos.add(nanos);
    }

    void write(StringBuilder out, String name) {
        out.append("# HELP ").append(name).append(" Time to answer an HTTP request.\n");
        out.append("# TYPE ").append(name).append(" histogram\n");
        long cumulative = 0;
        for (int i = 0; i < BOUNDS.length; i++) {
            cumulative += buckets[i].sum();
            out.append(name).append("_bucket{le=\"").append(BOUNDS[i]).append("\"} ").append(cumulative).append('\n');
        }
        long total = count.sum();
        out.append(name).append("_bucket{le=\"+Inf\"} ").append(total).append('\n');
        out.append(name).append("_sum ").append(totalNanos.sum() / 1e9).append('\n');
        out.append(name).append("_count ").append(total).append('\n');
    }
}
