package org.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.parallax.core.cluster.GroupingInput;
import org.parallax.core.cluster.Placement;
import org.parallax.core.cluster.StoryGrouper;

/**
 * Places articles one by one with a grouper, as the grouping stage does, with story ids from a
 * counter instead of the database, and follows merges: an article's final story is the survivor
 * of every merge its story went through.
 */
public final class ClusteringRun {

    private ClusteringRun() {
    }

    /** The final story id of each input, in input order, and the time placement took. */
    public record Result(List<Long> stories, long nanos, int merges) {
    }

    public static Result run(StoryGrouper grouper, List<GroupingInput> inputs) {
        AtomicLong ids = new AtomicLong();
        Map<Long, Long> mergedInto = new HashMap<>();
        List<Long> placed = new ArrayList<>(inputs.size());
        int merges = 0;
        long start = System.nanoTime();
        for (GroupingInput input : inputs) {
            Placement p = grouper.place(input, ids::incrementAndGet);
            placed.add(p.storyId());
            for (Placement.Merge m : p.merges()) {
                mergedInto.put(m.from(), m.into());
                merges++;
            }
        }
        long nanos = System.nanoTime() - start;
        List<Long> stories = new ArrayList<>(placed.size());
        for (long story : placed) {
            long s = story;
            while (mergedInto.containsKey(s)) {
                s = mergedInto.get(s);
            }
            stories.add(s);
        }
        return new Result(stories, nanos, merges);
    }
}
