package org.parallax.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who covered a story. Counts are of distinct outlets.
 *
 * @param outlets every outlet that covered the story, with its side
 */
public record Coverage(List<CoveringOutlet> outlets) {
    /** Share of rated coverage from one side that makes the other side's silence worth flagging. */
    public static final double BLINDSPOT_SHARE = 0.8;

    public Coverage {
        outlets = List.copyOf(outlets);
    }

    public record CoveringOutlet(long outletId, String name, Side side, int articles) {
    }

    public Map<Side, Integer> countsBySide() {
        Map<Side, Integer> counts = new TreeMap<>();
        for (Side side : Side.values()) {
            counts.put(side, 0);
        }
        outlets.forEach(o -> counts.merge(o.side(), 1, Integer::sum));
        return counts;
    }

    /** The side that carries at least 80% of the rated coverage when the other wing is silent. */
    public Optional<Side> dominantSide() {
        Map<Side, Integer> counts = countsBySide();
        int left = counts.get(Side.LEFT);
        int right = counts.get(Side.RIGHT);
        int rated = left + right + counts.get(Side.CENTER);
        if (rated < 3) {
            return Optional.empty();
        }
        if (left >= BLINDSPOT_SHARE * rated) {
            return Optional.of(Side.LEFT);
        }
        if (right >= BLINDSPOT_SHARE * rated) {
            return Optional.of(Side.RIGHT);
        }
        return Optional.empty();
    }
}
