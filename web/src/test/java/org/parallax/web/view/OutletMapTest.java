package org.parallax.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.Rating;

class OutletMapTest {
    private static Outlet outlet(long id, String name, double stance, double establishment) {
        return new Outlet(id, name, name.toLowerCase().replace(' ', '-') + ".example", null,
                new Rating(stance, "test"), new Rating(establishment, "test"), List.of());
    }

    @Test
    void aCrowdKeepsEveryDotButOnlyTheNamesThatHaveRoom() {
        List<Outlet> outlets = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            outlets.add(outlet(i, "Crowded Outlet " + i, 0.01 * (i % 6), 0.3 + 0.01 * (i / 6)));
        }
        outlets.add(outlet(100, "Lonely Left", -0.9, -0.9));
        OutletMap map = OutletMap.of(outlets);

        assertThat(map.dots()).hasSize(61).allSatisfy(d -> assertThat(d.description()).startsWith(d.name() + ":"));
        assertThat(map.dots()).filteredOn(d -> d.name().equals("Lonely Left")).singleElement()
                .satisfies(d -> assertThat(d.label()).isTrue());
        List<OutletMap.Dot> named = map.dots().stream().filter(OutletMap.Dot::label).toList();
        assertThat(named).hasSizeBetween(2, 20);
        for (OutletMap.Dot a : named) {
            for (OutletMap.Dot b : named) {
                if (a != b) {
                    assertThat(labelsOverlap(a, b)).as(a.name() + " / " + b.name()).isFalse();
                }
            }
        }
    }

    @Test
    void aNameNearTheRightEdgeIsWrittenToTheLeftOfItsDot() {
        OutletMap.Dot dot = OutletMap.of(List.of(outlet(1, "Far Right Weekly Review", 1.0, 0.0))).dots().getFirst();
        assertThat(dot.label()).isTrue();
        assertThat(dot.labelAnchor()).isEqualTo("end");
        assertThat(dot.labelX()).isLessThan(dot.x());
    }

    private static boolean labelsOverlap(OutletMap.Dot a, OutletMap.Dot b) {
        double[] boxA = box(a);
        double[] boxB = box(b);
        return boxA[0] < boxB[2] && boxB[0] < boxA[2] && boxA[1] < boxB[3] && boxB[1] < boxA[3];
    }

    private static double[] box(OutletMap.Dot d) {
        double width = d.name().length() * OutletMap.CHAR_WIDTH;
        double left = d.labelEnd() ? d.labelX() - width : d.labelX();
        return new double[] {left, d.y() - OutletMap.LABEL_HEIGHT / 2, left + width, d.y() + OutletMap.LABEL_HEIGHT / 2};
    }
}
