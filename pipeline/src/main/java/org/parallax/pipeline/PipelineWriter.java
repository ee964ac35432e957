package org.parallax.pipeline;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.parallax.store.Database;
import org.parallax.store.PipelineLock;

/**
 * Runs the {@link Pipeline} only while this process is the database's one pipeline writer
 * ({@link PipelineLock}): any number of processes may ask, one at a time writes. Whenever this
 * process becomes the writer, the pipeline first rebuilds its in-memory state from the database,
 * since another writer may have placed articles in between.
 */
public final class PipelineWriter implements AutoCloseable {
    private final Database db;
    private final Pipeline pipeline;
    private final PipelineLock lock;

    public PipelineWriter(Database db, Pipeline pipeline) {
        this.db = db;
        this.pipeline = pipeline;
        this.lock = db.pipelineLock();
    }

    /**
     * The server's turn: runs once if this process is or becomes the writer, and stays the writer
     * (until it dies or {@link #close()}); empty when another process is the writer. The run stops
     * between batches once {@code keepGoing} says no (the process is stopping).
     */
    public Optional<Pipeline.Report> runIfWriter(BooleanSupplier keepGoing) {
        PipelineLock.Hold hold = lock.tryHold();
        if (hold == PipelineLock.Hold.HELD_ELSEWHERE) {
            return Optional.empty();
        }
        if (hold == PipelineLock.Hold.TAKEN) {
            pipeline.reload();
        }
        return Optional.of(pipeline.runOnce(() -> keepGoing.getAsBoolean() && lock.isHeld()));
    }

    /**
     * An import's turn: returns once every article stored so far (up to the highest id now) is in
     * a story with an up-to-date brief. When no other process is the writer, this one runs the
     * pipeline and then lets go of the lock; otherwise it waits for the writer to do the work, or
     * to die so that this process takes over.
     *
     * @param pause  how long to wait between looks while another process writes
     * @param status told once that another process is the writer, with what is still pending
     * @return what this process's own runs did (nothing when the other writer did it all)
     */
    public Pipeline.Report settleAll(Duration pause, Consumer<String> status) throws InterruptedException {
        return settleAll(pause, status, StageProgress.NONE);
    }

    /** As {@link #settleAll(Duration, Consumer)}, telling {@code progress} how far this process's own runs have come. */
    public Pipeline.Report settleAll(Duration pause, Consumer<String> status, StageProgress progress)
            throws InterruptedException {
        long upTo = db.articles().maxId();
        Pipeline.Report done = Pipeline.Report.NOTHING;
        boolean told = false;
        while (true) {
            PipelineLock.Hold hold = lock.tryHold();
            if (hold != PipelineLock.Hold.HELD_ELSEWHERE) {
                boolean kept;
                try {
                    pipeline.reload();
                    done = done.plus(pipeline.runOnce(lock::isHeld, progress));
                    kept = lock.isHeld();
                } finally {
                    lock.release();
                }
                if (kept) {
                    // A whole run as the writer: everything is placed and briefed, or its brief failed (counted).
                    return done;
                }
            }
            long pending = db.articles().unsettledUpTo(upTo);
            if (pending == 0) {
                return done;
            }
            if (!told && hold == PipelineLock.Hold.HELD_ELSEWHERE) {
                status.accept("another Parallax process runs the pipeline; waiting for it to place and brief "
                        + pending + " articles");
                told = true;
            }
            Thread.sleep(pause.toMillis());
        }
    }

    /** Stops being the writer; another process takes over at its next try. */
    @Override
    public void close() {
        lock.close();
    }
}
