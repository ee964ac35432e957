package org.parallax.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.parallax.core.brief.BriefComposer;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Carrier;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.publish.PublicationRule;
import org.parallax.store.Database;
import org.parallax.store.StoryRepository.StaleStory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composes the brief of every story whose articles changed since its last brief, and decides with
 * {@link PublicationRule#DEFAULT} whether the story is published or developing. A story whose
 * composition fails keeps its previous brief and is retried on the next run; the others go on.
 */
public final class BriefStage {
    private static final Logger LOG = LoggerFactory.getLogger(BriefStage.class);
    private static final int BATCH = 200;

    private final Database db;
    private final BriefComposer composer;

    /** @param composer composes the brief and decides its topic, once */
    public BriefStage(Database db, BriefComposer composer) {
        this.db = db;
        this.composer = composer;
    }

    /** Composes the briefs of stale stories, a batch at a time while {@code stillWriter} says so. */
    public Result run(BooleanSupplier stillWriter) {
        return run(stillWriter, StageProgress.NONE);
    }

    /** As {@link #run(BooleanSupplier)}, telling {@code progress} of each story done. */
    public Result run(BooleanSupplier stillWriter, StageProgress progress) {
        long total = db.stories().staleCount();
        if (total > 0) {
            progress.advanced(StageProgress.Stage.BRIEFS, 0, total);
        }
        int composed = 0;
        int failed = 0;
        Set<Long> failedStories = new HashSet<>();
        Map<Long, Optional<Outlet>> outlets = new HashMap<>();
        List<StaleStory> batch;
        while (stillWriter.getAsBoolean() && !(batch = pending(failedStories)).isEmpty()) {
            for (StaleStory stale : batch) {
                List<SourcedArticle> articles = db.articles().ofStoryWithOutlets(stale.storyId()).stream()
                        .map(a -> new SourcedArticle(a.article(), a.outlet(), carriers(a, outlets)))
                        .toList();
                try {
                    Brief brief = composer.compose(stale.storyId(), articles);
                    db.briefs().save(brief, stale.version(), PublicationRule.DEFAULT.status(brief, articles));
                    composed++;
                } catch (RuntimeException e) {
                    // A composer bug on one story must not stop the others; it is retried next run.
                    LOG.warn("could not compose the brief of story {}: {}", stale.storyId(), e.toString());
                    failedStories.add(stale.storyId());
                    failed++;
                }
                progress.advanced(StageProgress.Stage.BRIEFS, composed + failed, Math.max(total, composed + failed));
            }
        }
        progress.finished(StageProgress.Stage.BRIEFS, composed);
        return new Result(composed, failed);
    }

    /** The other outlets that ran the same article, as deduplication recorded them. */
    private List<Carrier> carriers(SourcedArticle article, Map<Long, Optional<Outlet>> outlets) {
        Set<Long> seen = new HashSet<>();
        seen.add(article.outlet().id());
        return db.intake().carriers(article.article().id()).stream()
                .filter(c -> seen.add(c.outletId()))
                .flatMap(c -> outlets.computeIfAbsent(c.outletId(), db.outlets()::find).stream()
                        .map(o -> new Carrier(o.id(), o.name(), c.url())))
                .toList();
    }

    private List<StaleStory> pending(Set<Long> failedStories) {
        return db.stories().stale(BATCH + failedStories.size()).stream()
                .filter(s -> !failedStories.contains(s.storyId()))
                .limit(BATCH)
                .toList();
    }

    public record Result(int composed, int failed) {
    }
}
