package org.parallax.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AxisTest {

    private static Outlet outlet(Double stance, Double establishment) {
        return new Outlet(1, "Example", "example.com", null, stance == null ? null : new Rating(stance, "test"),
                establishment == null ? null : new Rating(establishment, "test"), List.of());
    }

    @Test
    void anOutletTakesASideOnceItLeavesTheCentreBand() {
        assertThat(Axis.LEFT_RIGHT.sideOf(outlet(-0.33, null))).contains(NarrativeSide.LEFT);
        assertThat(Axis.LEFT_RIGHT.sideOf(outlet(-0.32, null))).isEmpty();
        assertThat(Axis.LEFT_RIGHT.sideOf(outlet(0.5, null))).contains(NarrativeSide.RIGHT);
        assertThat(Axis.ESTABLISHMENT.sideOf(outlet(0.5, 0.8))).contains(NarrativeSide.PRO_ESTABLISHMENT);
        assertThat(Axis.ESTABLISHMENT.sideOf(outlet(0.5, -0.4))).contains(NarrativeSide.ESTABLISHMENT_CRITICAL);
        assertThat(Axis.ESTABLISHMENT.sideOf(outlet(0.5, null))).isEmpty();
        assertThat(Axis.LEFT_RIGHT.sideOf(outlet(null, 0.9))).isEmpty();
    }

    @Test
    void sidesKnowTheirAxisOppositeAndWording() {
        for (Axis axis : Axis.values()) {
            assertThat(axis.negative().axis()).isEqualTo(axis);
            assertThat(axis.positive().opposite()).isEqualTo(axis.negative());
        }
        assertThat(NarrativeSide.ESTABLISHMENT_CRITICAL.heading()).isEqualTo("Establishment-critical narrative");
        assertThat(NarrativeSide.LEFT.who()).isEqualTo("the left");
    }
}
