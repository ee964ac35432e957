package org.parallax.core.cluster.online;

import org.parallax.core.text.DocumentFrequencies;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which open stories are the same event as a story an article just joined. Two stories
 * can start apart when their first reports differ (one leads with the arrest, the other with the
 * crime), and come together as later reports bridge them. Only the next most similar stories to
 * the article are checked, against a threshold above the join threshold (above the argument join
 * threshold when one of the two stories has no report), or passing the {@link SameEventTest}.
 */
record MergeDetector(OnlineGroupingSettings settings, SimilarityScorer scorer, SameEventTest sameEvent) {

    /**
     * The stories among {@code runnersUp} (most similar to the article first, the joined story
     * excluded) that are similar enough to {@code joined} to merge with it.
     */
    List<StoryState> sameEventAs(StoryState joined, List<StoryState> runnersUp, DocumentFrequencies df,
                                 DocumentFrequencies names) {
        List<StoryState> same = new ArrayList<>();
        for (int i = 0; i < Math.min(settings.mergeCandidates(), runnersUp.size()); i++) {
            StoryState other = runnersUp.get(i);
            double threshold = joined.argumentsOnly() || other.argumentsOnly()
                    ? settings.argumentMergeThreshold() : settings.mergeThreshold();
            if (scorer.score(joined, other, df) >= threshold || sameEvent.holds(joined, other, df, names)) {
                same.add(other);
            }
        }
        return same;
    }
}
