package org.parallax.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CoverageTest {

    private static Coverage of(int left, int centre, int right, int unrated) {
        List<Coverage.CoveringOutlet> outlets = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < left; i++) {
            outlets.add(new Coverage.CoveringOutlet(id++, "L" + i, Side.LEFT, 1));
        }
        for (int i = 0; i < centre; i++) {
            outlets.add(new Coverage.CoveringOutlet(id++, "C" + i, Side.CENTER, 1));
        }
        for (int i = 0; i < right; i++) {
            outlets.add(new Coverage.CoveringOutlet(id++, "R" + i, Side.RIGHT, 2));
        }
        for (int i = 0; i < unrated; i++) {
            outlets.add(new Coverage.CoveringOutlet(id++, "U" + i, Side.UNRATED, 1));
        }
        return new Coverage(outlets);
    }

    @Test
    void countsDistinctOutletsBySide() {
        assertThat(of(2, 1, 3, 1).countsBySide())
                .containsEntry(Side.LEFT, 2).containsEntry(Side.CENTER, 1).containsEntry(Side.RIGHT, 3)
                .containsEntry(Side.UNRATED, 1);
    }

    @Test
    void eightyPercentFromOneWingIsABlindspotOfTheOther() {
        Coverage leftHeavy = of(4, 1, 0, 0);
        assertThat(leftHeavy.dominantSide()).contains(Side.LEFT);
        assertThat(leftHeavy.ignoredBy()).contains(Side.RIGHT);
        assertThat(leftHeavy.blindspotNote()).contains(
                "Blindspot for the right: 4 of 5 rated outlets covering this story are on the left, none on the right.");

        Coverage rightHeavy = of(1, 0, 4, 3);
        assertThat(rightHeavy.ignoredBy()).contains(Side.LEFT);
        assertThat(rightHeavy.blindspotNote()).contains(
                "Blindspot for the left: 4 of 5 rated outlets covering this story are on the right, only 1 on the left.");
    }

    @Test
    void lessThanEightyPercentOrTooFewRatedOutletsIsNoBlindspot() {
        assertThat(of(3, 1, 0, 0).dominantSide()).isEmpty();           // 75%
        assertThat(of(4, 1, 0, 0).dominantSide()).contains(Side.LEFT); // 80%
        assertThat(of(2, 0, 0, 5).dominantSide()).isEmpty();           // unrated outlets do not count
        assertThat(of(0, 5, 0, 0).dominantSide()).isEmpty();           // a centre story ignores no wing
        assertThat(of(3, 0, 0, 0).blindspotNote()).isPresent();
        assertThat(of(3, 1, 1, 0).blindspotNote()).isEmpty();
    }
}
