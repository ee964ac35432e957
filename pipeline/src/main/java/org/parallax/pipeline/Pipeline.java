package org.parallax.pipeline;

/**
 * The stages after storage, run in order over whatever is pending in the database: grouping, then
 * brief composition. Runs after an import and periodically while serving; one thread at a time.
 * The grouper's in-memory state is rebuilt from the database before the first run.
 */
public final class Pipeline {
    private final GroupingStage grouping;
    private final BriefStage briefs;
    private boolean restored;

    public Pipeline(GroupingStage grouping, BriefStage briefs) {
        this.grouping = grouping;
        this.briefs = briefs;
    }

    /** Rebuilds in-memory grouping state from the database, once; returns how many articles it read. */
    public synchronized int restore() {
        if (restored) {
            return 0;
        }
        restored = true;
        return grouping.restore();
    }

    public synchronized Report runOnce() {
        restore();
        GroupingStage.Result placed = grouping.run();
        BriefStage.Result composed = briefs.run();
        return new Report(placed.placed(), placed.opened(), placed.merged(), composed.composed(), composed.failed());
    }

    /** What one run did. */
    public record Report(int articlesPlaced, int storiesOpened, int storiesMerged, int briefsComposed,
                         int briefsFailed) {
        public boolean didSomething() {
            return articlesPlaced + storiesMerged + briefsComposed + briefsFailed > 0;
        }

        @Override
        public String toString() {
            return "placed " + articlesPlaced + " articles (" + storiesOpened + " new stories"
                    + (storiesMerged > 0 ? ", " + storiesMerged + " merged" : "") + "), composed "
                    + briefsComposed + " briefs" + (briefsFailed > 0 ? ", " + briefsFailed + " failed" : "");
        }
    }
}
