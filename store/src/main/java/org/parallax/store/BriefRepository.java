package org.parallax.store;

import org.jdbi.v3.core.Jdbi;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Topic;
import org.parallax.core.publish.StoryStatus;

import java.util.Optional;

/** One brief per story: title, topic and time as columns, the rest as JSON ({@link BriefJson}). */
public final class BriefRepository {

    private static final String UPSERT = """
            MERGE INTO brief b
            USING (SELECT CAST(:storyId AS BIGINT) AS story_id) s
            ON b.story_id = s.story_id
            WHEN MATCHED THEN UPDATE SET title = :title, topic = :topic, composed_at = :composedAt,
                composed_from_version = :version, content = :content
            WHEN NOT MATCHED THEN INSERT (story_id, title, topic, composed_at, composed_from_version, content)
                VALUES (s.story_id, :title, :topic, :composedAt, :version, :content)""";

    private final Jdbi jdbi;

    BriefRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Stores the story's brief, replacing an earlier one, with the story version it was composed
     * from, and records the story's status (decided by {@link org.parallax.core.publish.PublicationRule});
     * one transaction. The story's topic is not copied: it is read through its brief.
     */
    public void save(Brief brief, long composedFromVersion, StoryStatus status) {
        String content = BriefJson.write(brief);
        jdbi.useTransaction(h -> {
            h.createUpdate(UPSERT)
                    .bind("storyId", brief.storyId())
                    .bind("title", brief.title())
                    .bind("topic", brief.topic().name())
                    .bind("composedAt", brief.composedAt())
                    .bind("version", composedFromVersion)
                    .bind("content", content)
                    .execute();
            h.createUpdate("UPDATE story SET status = :status WHERE id = :storyId")
                    .bind("status", status.word())
                    .bind("storyId", brief.storyId())
                    .execute();
        });
    }

    public Optional<Brief> find(long storyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT title, topic, content FROM brief WHERE story_id = :storyId")
                .bind("storyId", storyId)
                .map((rs, ctx) -> BriefJson.read(storyId, rs.getString("title"),
                        Topic.valueOf(rs.getString("topic")), rs.getString("content")))
                .findOne());
    }
}
