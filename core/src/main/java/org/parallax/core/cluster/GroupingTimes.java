package org.parallax.core.cluster;

import java.time.Duration;
import java.util.Objects;

/**
 * The time bounds both groupers share, and their one rule: a story stays open for {@code window}
 * after its newest article, an article up to {@code allowedLateness} older than the newest placed one
 * is still placed, and no story spans more than {@code maxStorySpan}.
 */
public final class GroupingTimes {
    private GroupingTimes() {
    }

    /** @throws IllegalArgumentException unless the window is positive and lateness and span not negative */
    public static void check(Duration window, Duration allowedLateness, Duration maxStorySpan) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(allowedLateness, "allowedLateness");
        Objects.requireNonNull(maxStorySpan, "maxStorySpan");
        if (!window.isPositive() || allowedLateness.isNegative() || maxStorySpan.isNegative()) {
            throw new IllegalArgumentException("window must be positive, lateness and span not negative");
        }
    }
}
