package org.parallax.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parallax.core.text.Sha256;
import org.parallax.core.model.Article;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.SourcedArticle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Imported articles. Times are stored to the microsecond. */
public final class ArticleRepository {

    public sealed interface Stored permits Inserted, Duplicate {
        long articleId();
    }

    public record Inserted(long articleId) implements Stored {
    }

    /** The canonical URL was stored before; {@code articleId} is the earlier article. */
    public record Duplicate(long articleId) implements Stored {
    }

    private static final String COLUMNS = "id, outlet_id, url, canonical_url, title, byline, published, "
            + "ingested, text, kind, language, story_id";
    private static final RowSelect<Article> ARTICLES =
            new RowSelect<>("SELECT " + COLUMNS + " FROM article", (rs, ctx) -> article(rs));
    private static final String TIMELINE = " ORDER BY timeline_at, id";

    private static final String INSERT_UNLESS_STORED = """
            MERGE INTO article a
            USING (SELECT CAST(:urlKey AS CHAR(64)) AS url_key) s
            ON a.canonical_url_sha256 = s.url_key
            WHEN NOT MATCHED THEN INSERT
                (outlet_id, url, canonical_url, canonical_url_sha256, title, byline, published, ingested,
                 timeline_at, text, kind, language)
            VALUES (:outletId, :url, :canonicalUrl, s.url_key, :title, :byline, :published, :ingested,
                 :timelineAt, :text, :kind, :language)""";

    private final Jdbi jdbi;

    ArticleRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Stores the draft unless an article with its canonical URL is stored already. Each call is
     * its own transaction, so a killed import leaves only whole articles. NUL characters are
     * dropped from title, byline and text.
     */
    public Stored store(long outletId, ArticleDraft draft, Instant ingestedAt) {
        String urlKey = Sha256.hex(draft.canonicalUrl());
        try {
            return jdbi.inTransaction(h -> insertUnlessStored(h, outletId, draft, ingestedAt));
        } catch (RuntimeException e) {
            // A concurrent writer stored the same URL between MERGE's check and its insert.
            if (SqlErrors.isUniqueViolation(e)) {
                return new Duplicate(jdbi.withHandle(h -> idOf(h, urlKey)).orElseThrow(() -> e));
            }
            throw e;
        }
    }

    /** {@link #store} inside the caller's transaction. */
    static Stored insertUnlessStored(Handle h, long outletId, ArticleDraft draft, Instant ingestedAt) {
        String urlKey = Sha256.hex(draft.canonicalUrl());
        int inserted = h.createUpdate(INSERT_UNLESS_STORED)
                .bind("urlKey", urlKey)
                .bind("outletId", outletId)
                .bind("url", draft.url())
                .bind("canonicalUrl", draft.canonicalUrl())
                .bind("title", withoutNul(draft.title()))
                .bind("byline", withoutNul(draft.byline()))
                .bindByType("published", draft.published(), Instant.class)
                .bind("ingested", ingestedAt)
                .bind("timelineAt", draft.published() != null ? draft.published() : ingestedAt)
                .bind("text", withoutNul(draft.text()))
                .bind("kind", draft.kind().name())
                .bind("language", draft.language())
                .execute();
        long id = idOf(h, urlKey).orElseThrow();
        return inserted > 0 ? new Inserted(id) : new Duplicate(id);
    }

    static Optional<Long> idOf(Handle h, String urlKey) {
        return h.createQuery("SELECT id FROM article WHERE canonical_url_sha256 = :urlKey")
                .bind("urlKey", urlKey)
                .mapTo(Long.class)
                .findOne();
    }

    public Optional<Article> find(long id) {
        return ARTICLES.find(jdbi, "id = :id", "id", id);
    }

    /** The article stored under this canonical URL, if any. */
    public Optional<Article> findByCanonicalUrl(String canonicalUrl) {
        return ARTICLES.find(jdbi, "canonical_url_sha256 = :urlKey", "urlKey", Sha256.hex(canonicalUrl));
    }

    /** Articles not in a story yet, oldest first (by publication, else ingestion time, then id). */
    public List<Article> unplaced(int limit) {
        return ARTICLES.list(jdbi, "WHERE story_id IS NULL" + TIMELINE + " FETCH FIRST :limit ROWS ONLY", Map.of("limit", limit));
    }

    /** How many articles wait for a story. */
    public long unplacedCount() {
        return jdbi.withHandle(h -> h.createQuery(UNPLACED_COUNT).mapTo(Long.class).one());
    }

    static final String UNPLACED_COUNT = "SELECT COUNT(*) FROM article WHERE story_id IS NULL";

    /** The highest article id so far (0 when there is none): what an import waits to see settled. */
    public long maxId() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(id), 0) FROM article").mapTo(Long.class).one());
    }

    /**
     * How many articles with an id up to {@code maxId} are not settled yet: not in a story, or in a
     * story whose brief is missing or older than the story.
     */
    public long unsettledUpTo(long maxId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM article a
                        WHERE a.id <= :maxId AND (a.story_id IS NULL OR EXISTS (
                            SELECT 1 FROM story s LEFT JOIN brief b ON b.story_id = s.id
                            WHERE s.id = a.story_id AND (b.story_id IS NULL OR b.composed_from_version < s.version)))""")
                .bind("maxId", maxId)
                .mapTo(Long.class)
                .one());
    }

    /**
     * Every article of the stories whose latest article is at or after {@code since} and that were
     * not merged away, oldest first: what the grouper holds in memory, to rebuild it on start-up.
     */
    public List<Article> ofStoriesSeenSince(Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + prefixed("a") + " FROM article a JOIN story s ON s.id = a.story_id "
                        + "WHERE s.last_seen >= :since AND s.merged_into IS NULL ORDER BY a.timeline_at, a.id")
                .bind("since", since)
                .map((rs, ctx) -> article(rs))
                .list());
    }

    private static String prefixed(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    /** The timeline time of the newest placed article: where grouping state is rebuilt from. */
    public Optional<Instant> latestPlacedTime() {
        return jdbi.withHandle(h -> h.createQuery("SELECT MAX(timeline_at) FROM article WHERE story_id IS NOT NULL")
                .mapTo(Instant.class)
                .findOne());
    }

    /** The story's articles, oldest first. */
    public List<Article> ofStory(long storyId) {
        return jdbi.withHandle(h -> ofStory(h, storyId));
    }

    /**
     * The story's articles, oldest first, each with the outlet that published it, read in one
     * transaction (three queries however many articles): what a brief and a story page are made of.
     */
    public List<SourcedArticle> ofStoryWithOutlets(long storyId) {
        return jdbi.inTransaction(h -> {
            List<Article> articles = ofStory(h, storyId);
            Map<Long, Outlet> outlets = OutletRepository.byId(h,
                    articles.stream().map(Article::outletId).collect(Collectors.toSet()));
            return articles.stream()
                    .filter(a -> outlets.containsKey(a.outletId()))
                    .map(a -> new SourcedArticle(a, outlets.get(a.outletId())))
                    .toList();
        });
    }

    private static List<Article> ofStory(Handle h, long storyId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM article WHERE story_id = :storyId" + TIMELINE)
                .bind("storyId", storyId)
                .map((rs, ctx) -> article(rs))
                .list();
    }

    /** The outlet's articles, newest first. */
    public List<Article> ofOutlet(long outletId, int limit) {
        return ARTICLES.list(jdbi, "WHERE outlet_id = :outletId ORDER BY timeline_at DESC, id DESC FETCH FIRST :limit ROWS ONLY",
                Map.of("outletId", outletId, "limit", limit));
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article").mapTo(Long.class).one());
    }

    private static Article article(ResultSet rs) throws SQLException {
        return new Article(rs.getLong("id"), rs.getLong("outlet_id"), rs.getString("url"),
                rs.getString("canonical_url"), rs.getString("title"), rs.getString("byline"),
                SqlTime.read(rs, "published"), SqlTime.read(rs, "ingested"), rs.getString("text"),
                ArticleKind.valueOf(rs.getString("kind")), rs.getString("language"),
                rs.getObject("story_id", Long.class));
    }

    /** PostgreSQL text cannot hold U+0000 (H2's can); scraped text sometimes does. */
    private static String withoutNul(String text) {
        return text == null ? null : text.replace("\u0000", "");
    }

}
