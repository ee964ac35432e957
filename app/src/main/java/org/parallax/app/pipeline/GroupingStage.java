package org.parallax.app.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.parallax.core.cluster.GroupingInput;
import org.parallax.core.cluster.StoryGrouper;
import org.parallax.core.model.Article;
import org.parallax.store.Database;

/**
 * Places stored articles that have no story yet. The article's row is the queue: an article is
 * pending while its story is null, so a killed process resumes where it stopped.
 */
public final class GroupingStage {
    private static final int BATCH = 500;

    private final Database db;
    private final StoryGrouper grouper;
    private final Duration window;

    public GroupingStage(Database db, StoryGrouper grouper, Duration window) {
        this.db = db;
        this.grouper = grouper;
        this.window = window;
    }

    /** Feeds the grouper the articles placed in the last window before the newest one, as on start-up. */
    public int restore() {
        Instant newest = db.articles().latestPlacedTime().orElse(null);
        if (newest == null) {
            return 0;
        }
        List<Article> placed = db.articles().placedSince(newest.minus(window));
        placed.forEach(article -> grouper.restore(input(article), article.storyId()));
        return placed.size();
    }

    /** Places every pending article; returns how many were placed and how many stories were opened. */
    public Result run() {
        int placed = 0;
        int opened = 0;
        List<Article> batch;
        while (!(batch = db.articles().unplaced(BATCH)).isEmpty()) {
            for (Article article : batch) {
                int[] newStories = {0};
                long storyId = grouper.place(input(article), () -> {
                    newStories[0]++;
                    return db.stories().create(article.time());
                }).storyId();
                db.stories().assign(article.id(), storyId, article.time());
                placed++;
                opened += newStories[0];
            }
        }
        return new Result(placed, opened);
    }

    public record Result(int placed, int opened) {
    }

    static GroupingInput input(Article article) {
        return new GroupingInput(article.id(), article.outletId(), article.time(), article.title(), article.text());
    }
}
