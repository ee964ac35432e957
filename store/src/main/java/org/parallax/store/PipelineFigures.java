package org.parallax.store;

import java.time.Instant;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

/**
 * What operators watch of the pipeline, read in one query per figure: how much is stored, how
 * much waits for each stage, and since when the oldest waiting item waits.
 *
 * @param articles         articles stored
 * @param unplaced         articles waiting for a story
 * @param oldestUnplaced   when the longest-waiting unplaced article was stored
 * @param stories          stories (merged ones not counted)
 * @param staleBriefs      stories with articles whose brief is missing or older than the story
 */
public record PipelineFigures(long articles, long unplaced, Optional<Instant> oldestUnplaced, long stories,
                              long staleBriefs) {

    static PipelineFigures read(Jdbi jdbi) {
        return jdbi.withHandle(h -> new PipelineFigures(
                h.createQuery("SELECT COUNT(*) FROM article").mapTo(Long.class).one(),
                h.createQuery(ArticleRepository.UNPLACED_COUNT).mapTo(Long.class).one(),
                h.createQuery("SELECT MIN(ingested) FROM article WHERE story_id IS NULL").mapTo(Instant.class).findOne(),
                h.createQuery("SELECT COUNT(*) FROM story WHERE merged_into IS NULL").mapTo(Long.class).one(),
                h.createQuery(StoryRepository.STALE_COUNT).mapTo(Long.class).one()));
    }
}
