package org.parallax.app.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parallax.core.brief.BriefComposer;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.SourcedArticle;
import org.parallax.store.Database;
import org.parallax.store.StoryRepository.StaleStory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composes the brief of every story whose articles changed since its last brief. A story whose
 * composition fails keeps its previous brief and is retried on the next run; the others go on.
 */
public final class BriefStage {
    private static final Logger LOG = LoggerFactory.getLogger(BriefStage.class);
    private static final int BATCH = 200;

    private final Database db;
    private final BriefComposer composer;

    public BriefStage(Database db, BriefComposer composer) {
        this.db = db;
        this.composer = composer;
    }

    public Result run() {
        int composed = 0;
        int failed = 0;
        Map<Long, Optional<Outlet>> outlets = new HashMap<>();
        Set<Long> failedStories = new HashSet<>();
        List<StaleStory> batch;
        while (!(batch = pending(failedStories)).isEmpty()) {
            for (StaleStory stale : batch) {
                List<SourcedArticle> articles = db.articles().ofStory(stale.storyId()).stream()
                        .flatMap(a -> outlets.computeIfAbsent(a.outletId(), db.outlets()::find).stream()
                                .map(outlet -> new SourcedArticle(a, outlet)))
                        .toList();
                try {
                    db.briefs().save(composer.compose(stale.storyId(), articles), stale.version());
                    composed++;
                } catch (RuntimeException e) {
                    // A composer bug on one story must not stop the others; it is retried next run.
                    LOG.warn("could not compose the brief of story {}: {}", stale.storyId(), e.toString());
                    failedStories.add(stale.storyId());
                    failed++;
                }
            }
        }
        return new Result(composed, failed);
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
