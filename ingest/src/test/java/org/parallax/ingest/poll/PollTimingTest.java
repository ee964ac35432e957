package org.parallax.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PollTimingTest {
    private static final Instant NOW = Instant.parse("2026-03-04T12:00:00Z");
    private final PollSettings settings = PollSettings.defaults();
    private final PollTiming timing = new PollTiming(settings);

    private static List<Instant> every(Duration gap, int count, Instant newest) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(newest.minus(gap.multipliedBy(i)));
        }
        return times;
    }

    @Test
    void theIntervalMovesTowardsTheFeedsRateOfPublication() {
        Duration interval = Duration.ofMinutes(30);
        for (int poll = 0; poll < 10; poll++) {
            interval = timing.intervalAfterSuccess(interval, every(Duration.ofMinutes(90), 20, NOW.minusSeconds(60)),
                    1, NOW);
        }
        assertThat(interval).isBetween(Duration.ofMinutes(85), Duration.ofMinutes(90));
        // The first step is the geometric mean of the old interval and the observed gap.
        assertThat(timing.intervalAfterSuccess(Duration.ofMinutes(30), every(Duration.ofMinutes(120), 10, NOW), 1, NOW))
                .isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void busyFeedsStopAtTheMinimumAndQuietOnesAtTheMaximum() {
        assertThat(timing.intervalAfterSuccess(Duration.ofMinutes(10), every(Duration.ofMinutes(1), 50, NOW), 20, NOW))
                .isEqualTo(settings.minInterval());
        Duration quiet = Duration.ofHours(1);
        for (int poll = 0; poll < 10; poll++) {
            quiet = timing.intervalAfterSuccess(quiet, every(Duration.ofMinutes(10), 20, NOW.minus(Duration.ofDays(3))),
                    0, NOW);
        }
        assertThat(quiet).isEqualTo(settings.maxInterval());
    }

    @Test
    void withoutDatesNewEntriesShortenTheIntervalAndNoneLengthenIt() {
        Duration start = Duration.ofMinutes(60);
        assertThat(timing.intervalAfterSuccess(start, List.of(), 3, NOW)).isLessThan(start);
        assertThat(timing.intervalAfterSuccess(start, List.of(), 0, NOW)).isGreaterThan(start);
    }

    @Test
    void serverHintsDelayTheNextPollUpToALimit() {
        Duration interval = Duration.ofMinutes(20);
        assertThat(timing.delayAfterSuccess(interval, null, null)).isEqualTo(interval);
        assertThat(timing.delayAfterSuccess(interval, Duration.ofMinutes(5), null)).isEqualTo(interval);
        assertThat(timing.delayAfterSuccess(interval, Duration.ofHours(2), Duration.ofMinutes(30)))
                .isEqualTo(Duration.ofHours(2));
        assertThat(timing.delayAfterSuccess(interval, null, Duration.ofDays(3))).isEqualTo(settings.maxHint());
    }

    @Test
    void errorsBackOffExponentiallyUnlessTheServerSaysWhen() {
        Duration interval = Duration.ofMinutes(30);
        assertThat(timing.delayAfterFailure(interval, 1, null)).isEqualTo(Duration.ofHours(1));
        assertThat(timing.delayAfterFailure(interval, 2, null)).isEqualTo(Duration.ofHours(2));
        assertThat(timing.delayAfterFailure(interval, 3, null)).isEqualTo(Duration.ofHours(4));
        assertThat(timing.delayAfterFailure(interval, 40, null)).isEqualTo(settings.maxBackoff());
        assertThat(timing.delayAfterFailure(interval, 5, Duration.ofMinutes(45))).isEqualTo(Duration.ofMinutes(45));
        assertThat(timing.delayAfterFailure(interval, 1, Duration.ofSeconds(5))).isEqualTo(settings.minInterval());
        assertThat(timing.delayAfterFailure(interval, 1, Duration.ofDays(30))).isEqualTo(settings.maxHint());
    }

    @Test
    void aSlowFeedWaitsTwiceAsLongUpToTheLongestBackOff() {
        PollTiming timing = new PollTiming(PollSettings.defaults());
        Duration hour = Duration.ofHours(1);
        assertThat(timing.slowed(hour, Duration.ofSeconds(2))).isEqualTo(hour);
        assertThat(timing.slowed(hour, null)).isEqualTo(hour);
        assertThat(timing.slowed(hour, Duration.ofSeconds(25))).isEqualTo(Duration.ofHours(2));
        assertThat(timing.slowed(Duration.ofHours(10), Duration.ofSeconds(25))).isEqualTo(Duration.ofHours(12));
        assertThat(PollTiming.meanFetchTime(null, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(PollTiming.meanFetchTime(Duration.ofSeconds(1), Duration.ofSeconds(31))).isEqualTo(Duration.ofSeconds(10));
    }
}
