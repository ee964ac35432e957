package org.parallax.store;

import org.jdbi.v3.core.Jdbi;
import org.parallax.core.model.Story;
import org.parallax.core.model.Topic;
import org.parallax.core.publish.StoryStatus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stories and their versions. Every assignment of an article bumps the story's version; a brief
 * records the version it was composed from, so a story is stale while its brief is older. A story's
 * status (published or developing, {@link org.parallax.core.publish.PublicationRule}) is set when its
 * brief is saved; lists readers see show published stories only ({@link #publishedCondition}).
 */
public final class StoryRepository {

    public record StaleStory(long storyId, long version) {
    }

    public record StorySummary(long id, String title, Topic topic, Instant lastSeen, int outletCount,
                               int articleCount) {
    }

    private final Jdbi jdbi;

    /**
     * The one SQL condition for "readers see this story in lists" (front page, topics, feeds, search),
     * for a query that names the story table {@code alias}: the story is published and has a brief.
     * A story merged into another has no brief, so it is never listed.
     */
    public static String publishedCondition(String alias) {
        if (!alias.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a table alias: " + alias);
        }
        return alias + ".status = '" + StoryStatus.PUBLISHED.word() + "' AND EXISTS (SELECT 1 FROM brief pb WHERE pb.story_id = "
                + alias + ".id)";
    }

    StoryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A new empty story seen at {@code time}, filed under GENERAL until it has a brief (whose topic it then reads). */
    public long create(Instant time) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO story (topic, first_seen, last_seen, version) "
                        + "VALUES ('GENERAL', :time, :time, 0)")
                .bind("time", time)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    /**
     * In one transaction: puts the article in the story, widens the story's first and last seen
     * to include {@code articleTime}, and bumps the story's version so its brief is recomposed.
     * An article moved out of another story bumps that story's version too.
     *
     * @throws IllegalArgumentException when the article or the story does not exist
     */
    public void assign(long articleId, long storyId, Instant articleTime) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE story SET version = version + 1 "
                            + "WHERE id = (SELECT story_id FROM article WHERE id = :articleId) AND id <> :storyId")
                    .bind("articleId", articleId)
                    .bind("storyId", storyId)
                    .execute();
            int stories = h.createUpdate("UPDATE story SET first_seen = LEAST(first_seen, :time), "
                            + "last_seen = GREATEST(last_seen, :time), version = version + 1 WHERE id = :storyId")
                    .bind("time", articleTime)
                    .bind("storyId", storyId)
                    .execute();
            int articles = h.createUpdate("UPDATE article SET story_id = :storyId WHERE id = :articleId")
                    .bind("storyId", storyId)
                    .bind("articleId", articleId)
                    .execute();
            if (stories == 0 || articles == 0) {
                // Throwing rolls the transaction back.
                throw new IllegalArgumentException("no " + (stories == 0 ? "story " + storyId : "article " + articleId));
            }
        });
    }

    /**
     * Records that story {@code from} is the same event as story {@code into}, in one transaction:
     * moves its articles to {@code into}, widens {@code into}'s times, bumps both versions, drops
     * {@code from}'s brief (it is no longer published) and points {@code from}, and every story
     * that pointed at it, at {@code into}, so that a redirect takes one step.
     *
     * @throws IllegalArgumentException when a story does not exist, or {@code from} equals {@code into}
     */
    public void merge(long from, long into) {
        if (from == into) {
            throw new IllegalArgumentException("cannot merge story " + from + " into itself");
        }
        jdbi.useTransaction(h -> {
            int widened = h.createUpdate("""
                            UPDATE story SET
                                first_seen = LEAST(first_seen, (SELECT f.first_seen FROM story f WHERE f.id = :from)),
                                last_seen = GREATEST(last_seen, (SELECT f.last_seen FROM story f WHERE f.id = :from)),
                                version = version + 1
                            WHERE id = :into AND EXISTS (SELECT 1 FROM story f WHERE f.id = :from)""")
                    .bind("from", from)
                    .bind("into", into)
                    .execute();
            if (widened == 0) {
                throw new IllegalArgumentException("no story " + from + " or " + into);
            }
            h.createUpdate("UPDATE article SET story_id = :into WHERE story_id = :from")
                    .bind("from", from).bind("into", into).execute();
            h.createUpdate("UPDATE story SET merged_into = :into WHERE merged_into = :from")
                    .bind("from", from).bind("into", into).execute();
            h.createUpdate("UPDATE story SET merged_into = :into, version = version + 1, status = 'developing' WHERE id = :from")
                    .bind("from", from).bind("into", into).execute();
            h.createUpdate("DELETE FROM brief WHERE story_id = :from").bind("from", from).execute();
        });
    }

    /** The story that {@code id} was merged into, or empty when it was not merged (or does not exist). */
    public Optional<Long> mergedInto(long id) {
        return field(id, "merged_into", Long.class);
    }

    /**
     * Stories with at least one article whose brief is missing or was composed from an older
     * version, most recently active first.
     */
    public List<StaleStory> stale(int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.id, s.version
                        FROM story s LEFT JOIN brief b ON b.story_id = s.id
                        WHERE (b.story_id IS NULL OR b.composed_from_version < s.version)
                          AND EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.id)
                        ORDER BY s.last_seen DESC, s.id DESC
                        FETCH FIRST :limit ROWS ONLY""")
                .bind("limit", limit)
                .map((rs, ctx) -> new StaleStory(rs.getLong("id"), rs.getLong("version")))
                .list());
    }

    /** How many stories {@link #stale} would list without a limit. */
    public long staleCount() {
        return jdbi.withHandle(h -> h.createQuery(STALE_COUNT).mapTo(Long.class).one());
    }

    static final String STALE_COUNT = """
            SELECT COUNT(*) FROM story s LEFT JOIN brief b ON b.story_id = s.id
            WHERE (b.story_id IS NULL OR b.composed_from_version < s.version)
              AND EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.id)""";

    public Optional<Story> find(long id) {
        // The topic is the brief's: a story is filed under a topic when its brief is composed.
        return jdbi.withHandle(h -> h.createQuery("SELECT s.id, COALESCE(b.topic, s.topic) AS topic, s.first_seen, "
                        + "s.last_seen FROM story s LEFT JOIN brief b ON b.story_id = s.id WHERE s.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> story(rs))
                .findOne());
    }

    /** The story's current version (0 for a story without articles). */
    public Optional<Long> version(long id) {
        return field(id, "version", Long.class);
    }

    /** Published stories, most recently seen first, then by id descending. */
    public List<StorySummary> latest(int limit, int offset) {
        return latest(StoryStatus.PUBLISHED, limit, offset);
    }

    /**
     * Stories with a brief and the given status, most recently seen first, then by id descending.
     * Developing stories are listed for editors and for {@code GET /api/stories?status=developing}.
     */
    public List<StorySummary> latest(StoryStatus status, int limit, int offset) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.id, b.title, b.topic, s.last_seen,
                               (SELECT COUNT(DISTINCT a.outlet_id) FROM article a WHERE a.story_id = s.id) AS outlet_count,
                               (SELECT COUNT(*) FROM article a WHERE a.story_id = s.id) AS article_count
                        FROM story s JOIN brief b ON b.story_id = s.id
                        WHERE s.status = :status
                        ORDER BY s.last_seen DESC, s.id DESC
                        OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY""")
                .bind("status", status.word())
                .bind("offset", offset)
                .bind("limit", limit)
                .map((rs, ctx) -> summary(rs))
                .list());
    }

    /** The story's status: developing until a brief saved it as published; empty when there is no such story. */
    public Optional<StoryStatus> status(long id) {
        return field(id, "status", String.class).flatMap(StoryStatus::ofWord);
    }

    /** The number of published stories. */
    public long countPublished() {
        return count(StoryStatus.PUBLISHED);
    }

    /** The number of stories with a brief and the given status. */
    public long count(StoryStatus status) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM story s JOIN brief b ON b.story_id = s.id WHERE s.status = :status")
                .bind("status", status.word())
                .mapTo(Long.class).one());
    }

    /** One column of the story's row; empty when there is no such story or the column is NULL. */
    private <T> Optional<T> field(long id, String column, Class<T> type) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + column + " FROM story WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> rs.getObject(column, type))
                .findOne());
    }

    private static Story story(ResultSet rs) throws SQLException {
        return new Story(rs.getLong("id"), Topic.valueOf(rs.getString("topic")),
                SqlTime.read(rs, "first_seen"), SqlTime.read(rs, "last_seen"));
    }

    private static StorySummary summary(ResultSet rs) throws SQLException {
        return new StorySummary(rs.getLong("id"), rs.getString("title"), Topic.valueOf(rs.getString("topic")),
                SqlTime.read(rs, "last_seen"), rs.getInt("outlet_count"), rs.getInt("article_count"));
    }
}
