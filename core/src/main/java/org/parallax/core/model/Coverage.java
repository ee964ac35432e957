package org.parallax.core.model;

import java.util.List;
import java.util.Locale;
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

    /** Fewest rated outlets from which a blindspot can be told from chance. */
    public static final int BLINDSPOT_MIN_OUTLETS = 3;

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

    /**
     * The wing (left or right) that carries at least 80% of the rated coverage (left, centre and
     * right outlets; unrated ones do not count), when at least three rated outlets cover the story.
     */
    public Optional<Side> dominantSide() {
        Map<Side, Integer> counts = countsBySide();
        int left = counts.get(Side.LEFT);
        int right = counts.get(Side.RIGHT);
        int rated = left + right + counts.get(Side.CENTER);
        if (rated < BLINDSPOT_MIN_OUTLETS) {
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

    /** The wing that all but ignores the story: the other one of {@link #dominantSide()}. */
    public Optional<Side> ignoredBy() {
        return dominantSide().map(side -> side == Side.LEFT ? Side.RIGHT : Side.LEFT);
    }

    /**
     * The blindspot as readers see it, e.g. "Blindspot for the right: 4 of 5 rated outlets covering
     * this story are on the left, none on the right."
     */
    public Optional<String> blindspotNote() {
        return dominantSide().map(dominant -> {
            Map<Side, Integer> counts = countsBySide();
            Side ignoring = ignoredBy().orElseThrow();
            int rated = counts.get(Side.LEFT) + counts.get(Side.CENTER) + counts.get(Side.RIGHT);
            int few = counts.get(ignoring);
            String wing = ignoring.label().toLowerCase(Locale.ROOT);
            return "Blindspot for the " + wing + ": " + counts.get(dominant) + " of " + rated
                    + " rated outlets covering this story are on the " + dominant.label().toLowerCase(Locale.ROOT)
                    + ", " + (few == 0 ? "none" : "only " + few) + " on the " + wing + ".";
        });
    }
}
