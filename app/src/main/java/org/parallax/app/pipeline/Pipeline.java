package org.parallax.app.pipeline;

import java.time.Duration;

import org.parallax.core.brief.BriefComposer;
import org.parallax.core.cluster.StoryGrouper;
import org.parallax.store.Database;

/**
 * The stages after storage, run in order over whatever is pending in the database: grouping, then
 * brief composition. Runs after an import and periodically while serving; one thread at a time.
 */
public final class Pipeline {
    private final GroupingStage grouping;
    private final BriefStage briefs;

    public Pipeline(Database db, StoryGrouper grouper, Duration groupingWindow, BriefComposer composer) {
        this.grouping = new GroupingStage(db, grouper, groupingWindow);
        this.briefs = new BriefStage(db, composer);
    }

    /** Rebuilds in-memory grouping state from the database; call once before the first run. */
    public int restore() {
        return grouping.restore();
    }

    public synchronized Report runOnce() {
        GroupingStage.Result placed = grouping.run();
        BriefStage.Result composed = briefs.run();
        return new Report(placed.placed(), placed.opened(), composed.composed(), composed.failed());
    }

    /** What one run did. */
    public record Report(int articlesPlaced, int storiesOpened, int briefsComposed, int briefsFailed) {
        public boolean didSomething() {
            return articlesPlaced + briefsComposed + briefsFailed > 0;
        }

        @Override
        public String toString() {
            return "placed " + articlesPlaced + " articles (" + storiesOpened + " new stories), composed "
                    + briefsComposed + " briefs" + (briefsFailed > 0 ? ", " + briefsFailed + " failed" : "");
        }
    }
}
