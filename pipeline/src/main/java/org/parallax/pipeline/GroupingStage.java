package org.parallax.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.parallax.core.cluster.GroupingInput;
import org.parallax.core.cluster.Placement;
import org.parallax.core.cluster.StoryGrouper;
import org.parallax.core.model.Article;
import org.parallax.store.Database;

/**
 * Places stored articles that have no story yet. The article's row is the queue: an article is
 * pending while its story is null, so a killed process resumes where it stopped. Each batch is
 * embedded first (vectors cached in the database), then placed article by article; merges the
 * grouper reports are recorded in the database (articles moved, old story redirecting).
 */
public final class GroupingStage {
    private static final int BATCH = 500;

    private final Database db;
    private final Supplier<StoryGrouper> groupers;
    private StoryGrouper grouper;
    private final ArticleEmbeddings embeddings;
    private final Duration memory;

    /**
     * @param groupers   makes an empty grouper (one at first, a new one each time the state is restored)
     * @param embeddings vectors for the grouper, or null for a grouper that reads only text
     * @param memory     how far back from the newest placed article the grouper's open stories reach
     */
    public GroupingStage(Database db, Supplier<StoryGrouper> groupers, ArticleEmbeddings embeddings, Duration memory) {
        this.db = db;
        this.groupers = groupers;
        this.grouper = groupers.get();
        this.embeddings = embeddings;
        this.memory = memory;
    }

    /**
     * Feeds the grouper every article of the stories still open (whose latest article is within
     * {@code memory} of the newest placed article), with their cached vectors, as on start-up. The
     * grouper starts empty, so whatever it held before (another writer may have placed articles
     * since) is forgotten.
     */
    public int restore() {
        grouper = groupers.get();
        Instant newest = db.articles().latestPlacedTime().orElse(null);
        if (newest == null) {
            return 0;
        }
        List<Article> open = db.articles().ofStoriesSeenSince(newest.minus(memory));
        for (int from = 0; from < open.size(); from += BATCH) {
            List<Article> batch = open.subList(from, Math.min(open.size(), from + BATCH));
            Map<Long, float[]> vectors = vectorsOf(batch);
            batch.forEach(article -> grouper.restore(input(article, vectors.get(article.id())), article.storyId()));
        }
        return open.size();
    }

    /**
     * Places every pending article, a batch at a time while {@code stillWriter} says this process
     * may write; returns how many were placed, stories opened and merged.
     */
    public Result run(BooleanSupplier stillWriter) {
        return run(stillWriter, StageProgress.NONE);
    }

    /** As {@link #run(BooleanSupplier)}, telling {@code progress} of embedding and placing. */
    public Result run(BooleanSupplier stillWriter, StageProgress progress) {
        int placed = 0;
        int opened = 0;
        int merged = 0;
        long total = db.articles().unplacedCount();
        if (embeddings != null && total > 0) {
            progress.advanced(StageProgress.Stage.EMBEDDING, 0, total);
        }
        List<Article> batch;
        while (stillWriter.getAsBoolean() && !(batch = db.articles().unplaced(BATCH)).isEmpty()) {
            long before = placed;
            long size = total = Math.max(total, placed + batch.size());
            Map<Long, float[]> vectors = embeddings == null ? Map.of()
                    : embeddings.of(batch, ready -> progress.advanced(StageProgress.Stage.EMBEDDING, before + ready, size));
            for (Article article : batch) {
                Placement placement = grouper.place(input(article, vectors.get(article.id())),
                        () -> db.stories().create(article.time()));
                db.stories().assign(article.id(), placement.storyId(), article.time());
                for (Placement.Merge merge : placement.merges()) {
                    db.stories().merge(merge.from(), merge.into());
                }
                placed++;
                opened += placement.opened() ? 1 : 0;
                merged += placement.merges().size();
                progress.advanced(StageProgress.Stage.GROUPING, placed, size);
            }
        }
        if (embeddings != null) {
            progress.finished(StageProgress.Stage.EMBEDDING, placed);
        }
        progress.finished(StageProgress.Stage.GROUPING, placed);
        return new Result(placed, opened, merged);
    }

    public record Result(int placed, int opened, int merged) {
    }

    private Map<Long, float[]> vectorsOf(List<Article> batch) {
        return embeddings == null ? Map.of() : embeddings.of(batch);
    }

    static GroupingInput input(Article article, float[] vector) {
        return new GroupingInput(article.id(), article.outletId(), article.time(), article.title(), article.text(),
                article.kind(), vector);
    }
}
