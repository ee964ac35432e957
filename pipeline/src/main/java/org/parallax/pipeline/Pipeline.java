package org.parallax.pipeline;

import java.util.function.BooleanSupplier;

/**
 * The stages after storage, run in order over whatever is pending in the database: grouping, then
 * brief composition. Runs after an import and periodically while serving; one thread at a time,
 * and one process at a time per database ({@link PipelineWriter} holds the lock for it). The
 * grouper's in-memory state is rebuilt from the database before the first run, and again with
 * {@link #reload()} whenever another process may have written since.
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

    /** Rebuilds the in-memory grouping state from the database now; returns how many articles it read. */
    public synchronized int reload() {
        restored = true;
        return grouping.restore();
    }

    /** One run over everything pending, by a process that is the only writer (tests, single-process use). */
    public Report runOnce() {
        return runOnce(() -> true);
    }

    /**
     * One run over everything pending; between batches it stops as soon as {@code stillWriter}
     * says this process is no longer the writer (the rest waits for the next writer).
     */
    public Report runOnce(BooleanSupplier stillWriter) {
        return runOnce(stillWriter, StageProgress.NONE);
    }

    /** As {@link #runOnce(BooleanSupplier)}, telling {@code progress} how far each stage has come. */
    public synchronized Report runOnce(BooleanSupplier stillWriter, StageProgress progress) {
        restore();
        GroupingStage.Result placed = grouping.run(stillWriter, progress);
        BriefStage.Result composed = briefs.run(stillWriter, progress);
        return new Report(placed.placed(), placed.opened(), placed.merged(), composed.composed(), composed.failed());
    }

    /** What one run did. */
    public record Report(int articlesPlaced, int storiesOpened, int storiesMerged, int briefsComposed,
                         int briefsFailed) {
        /** A run that found nothing to do. */
        public static final Report NOTHING = new Report(0, 0, 0, 0, 0);

        /** This run's counts added to another's. */
        public Report plus(Report other) {
            return new Report(articlesPlaced + other.articlesPlaced, storiesOpened + other.storiesOpened,
                    storiesMerged + other.storiesMerged, briefsComposed + other.briefsComposed,
                    briefsFailed + other.briefsFailed);
        }

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
