package org.parallax.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.FeedState;
import org.parallax.core.text.Sha256;

/**
 * Feeds, their polling state and health, and the entries of each feed already handled. A new
 * feed is due at once: its next poll is the epoch.
 */
public final class FeedRepository {
    /** A feed's polling state with the name of its outlet, for status pages. */
    public record FeedWithOutlet(FeedState feed, String outletName) {
    }

    /**
     * What became of a feed entry so far.
     *
     * @param done     handled for good (stored, known, or not an article); false: failed, may be retried
     * @param attempts how often it was tried
     */
    public record EntryRecord(boolean done, int attempts) {
    }

    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(30);
    private static final int MAX_ERROR = 1000;
    private static final int MAX_OUTCOME = 500;
    private static final String COLUMNS = "f.id, f.outlet_id, f.url, f.kind, f.etag, f.last_modified, f.last_polled, "
            + "f.last_success, f.last_error, f.last_error_at, f.error_count, f.next_poll, f.interval_seconds, f.articles, "
            + "f.fetch_millis";
    private static final RowSelect<FeedState> FEEDS =
            new RowSelect<>("SELECT " + COLUMNS + " FROM feed f", (rs, ctx) -> state(rs));

    private final Jdbi jdbi;

    FeedRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Adds a feed to the outlet, due at once.
     *
     * @return false when a feed with this URL exists already (for this or another outlet)
     */
    public boolean add(long outletId, String url, ArticleKind kind) {
        return jdbi.withHandle(h -> add(h, outletId, url, kind));
    }

    static boolean add(Handle h, long outletId, String url, ArticleKind kind) {
        return h.createUpdate("""
                        MERGE INTO feed f
                        USING (SELECT CAST(:url AS VARCHAR(2048)) AS url) s
                        ON f.url = s.url
                        WHEN NOT MATCHED THEN INSERT (outlet_id, url, kind, next_poll, interval_seconds)
                        VALUES (:outletId, s.url, :kind, :due, :interval)""")
                .bind("url", url.strip())
                .bind("outletId", outletId)
                .bind("kind", kind.name())
                .bind("due", Instant.EPOCH)
                .bind("interval", DEFAULT_INTERVAL.toSeconds())
                .execute() > 0;
    }

    public Optional<FeedState> find(long id) {
        return FEEDS.find(jdbi, "f.id = :id", "id", id);
    }

    public Optional<FeedState> findByUrl(String url) {
        return FEEDS.find(jdbi, "f.url = :url", "url", url.strip());
    }

    public List<FeedState> ofOutlet(long outletId) {
        return FEEDS.list(jdbi, "WHERE f.outlet_id = :outletId ORDER BY f.id", Map.of("outletId", outletId));
    }

    /**
     * Claims the feeds due at {@code now} (longest overdue first) for one poller among several:
     * rows another poller is claiming are skipped ({@code FOR UPDATE SKIP LOCKED}), and the claimed
     * feeds are not due again until {@code leaseEnd}, when a poller that died with them lets another
     * take them. The poll's own {@link #save} sets the real next poll. Returns the feeds as they were.
     */
    public List<FeedState> claimDue(Instant now, Instant leaseEnd, int limit) {
        return jdbi.inTransaction(h -> {
            List<FeedState> claimed = h.createQuery("SELECT " + COLUMNS + " FROM feed f WHERE f.next_poll <= :now "
                            + "ORDER BY f.next_poll, f.id FETCH FIRST :limit ROWS ONLY FOR UPDATE SKIP LOCKED")
                    .bind("now", now)
                    .bind("limit", limit)
                    .map((rs, ctx) -> state(rs))
                    .list();
            if (!claimed.isEmpty()) {
                h.createUpdate("UPDATE feed SET next_poll = :leaseEnd WHERE id IN (<ids>)")
                        .bind("leaseEnd", leaseEnd)
                        .bindList("ids", claimed.stream().map(FeedState::id).toList())
                        .execute();
            }
            return claimed;
        });
    }

    /** Feeds whose next poll is at or before {@code now}, longest overdue first. */
    public List<FeedState> due(Instant now, int limit) {
        return FEEDS.list(jdbi, "WHERE f.next_poll <= :now ORDER BY f.next_poll, f.id FETCH FIRST :limit ROWS ONLY",
                Map.of("now", now, "limit", limit));
    }

    /** The earliest next poll of any feed, if there is a feed. */
    public Optional<Instant> nextDue() {
        return jdbi.withHandle(h -> h.createQuery("SELECT MIN(next_poll) FROM feed")
                .mapTo(Instant.class)
                .findOne());
    }

    /** Every feed with its outlet's name: failing feeds first, then slow ones, then by outlet name and URL. */
    public List<FeedWithOutlet> health() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + ", o.name AS outlet_name "
                        + "FROM feed f JOIN outlet o ON o.id = f.outlet_id")
                .map((rs, ctx) -> new FeedWithOutlet(state(rs), rs.getString("outlet_name")))
                .list()
                .stream()
                // Sorted here: database collations order names differently.
                .sorted(Comparator.comparing((FeedWithOutlet f) -> !f.feed().failing())
                        .thenComparing(f -> !f.feed().slow())
                        .thenComparing(FeedWithOutlet::outletName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(f -> f.feed().url()))
                .toList());
    }

    /** Writes the polling state of the feed (everything but its outlet, URL and kind). */
    public void save(FeedState state) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE feed SET etag = :etag, last_modified = :lastModified, last_polled = :lastPolled,
                            last_success = :lastSuccess, last_error = :lastError, last_error_at = :lastErrorAt,
                            error_count = :errorCount, next_poll = :nextPoll, interval_seconds = :interval,
                            articles = :articles, fetch_millis = :fetchMillis
                        WHERE id = :id""")
                .bind("etag", cut(state.etag(), 1024))
                .bind("lastModified", cut(state.lastModified(), 128))
                .bindByType("lastPolled", state.lastPolled(), Instant.class)
                .bindByType("lastSuccess", state.lastSuccess(), Instant.class)
                .bind("lastError", cut(state.lastError(), MAX_ERROR))
                .bindByType("lastErrorAt", state.lastErrorAt(), Instant.class)
                .bind("errorCount", state.errorCount())
                .bindByType("nextPoll", state.nextPoll() == null ? Instant.EPOCH : state.nextPoll(), Instant.class)
                .bind("interval", Math.max(1, state.interval().toSeconds()))
                .bind("articles", state.articles())
                .bindByType("fetchMillis", state.fetchTime() == null ? null : state.fetchTime().toMillis(), Long.class)
                .bind("id", state.id())
                .execute());
    }

    /** Deletes the feed and what is recorded of its entries. */
    public boolean remove(long feedId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM feed WHERE id = :id").bind("id", feedId).execute() > 0);
    }

    /** What is recorded of these entries (by key) of the feed; keys never seen are absent. */
    public Map<String, EntryRecord> entries(long feedId, Collection<String> keys) {
        Map<String, EntryRecord> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT entry_key, done, attempts FROM feed_entry "
                        + "WHERE feed_id = :feedId AND entry_key IN (<keys>)")
                .bind("feedId", feedId)
                .bindList("keys", List.copyOf(keys))
                .map((rs, ctx) -> Map.entry(rs.getString("entry_key"),
                        new EntryRecord(rs.getBoolean("done"), rs.getInt("attempts"))))
                .forEach(e -> found.put(e.getKey(), e.getValue())));
        return found;
    }

    /** Records an attempt at an entry: counts it, and keeps its outcome. */
    public void recordEntry(long feedId, String key, Instant at, boolean done, String outcome, Long articleId) {
        jdbi.useHandle(h -> h.createUpdate("""
                        MERGE INTO feed_entry e
                        USING (SELECT CAST(:feedId AS BIGINT) AS feed_id, CAST(:key AS CHAR(64)) AS entry_key) s
                        ON e.feed_id = s.feed_id AND e.entry_key = s.entry_key
                        WHEN MATCHED THEN UPDATE SET last_attempt = :at, attempts = e.attempts + 1, done = :done,
                            outcome = :outcome, article_id = :articleId
                        WHEN NOT MATCHED THEN INSERT (feed_id, entry_key, first_seen, last_attempt, attempts, done,
                            outcome, article_id)
                        VALUES (s.feed_id, s.entry_key, :at, :at, 1, :done, :outcome, :articleId)""")
                .bind("feedId", feedId)
                .bind("key", key)
                .bind("at", at)
                .bind("done", done)
                .bind("outcome", cut(outcome, MAX_OUTCOME))
                .bind("articleId", articleId)
                .execute());
    }

    /** Forgets entries first seen before {@code before}: feeds drop old entries long before that. */
    public int forgetEntriesBefore(Instant before) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM feed_entry WHERE first_seen < :before")
                .bind("before", before)
                .execute());
    }

    /** The key under which an entry is recorded: the hex SHA-256 of its link (or id). */
    public static String entryKey(String linkOrId) {
        return Sha256.hex(linkOrId);
    }

    private static FeedState state(ResultSet rs) throws SQLException {
        return new FeedState(rs.getLong("id"), rs.getLong("outlet_id"), rs.getString("url"),
                ArticleKind.valueOf(rs.getString("kind")), rs.getString("etag"), rs.getString("last_modified"),
                SqlTime.read(rs, "last_polled"), SqlTime.read(rs, "last_success"), rs.getString("last_error"),
                SqlTime.read(rs, "last_error_at"), rs.getInt("error_count"), SqlTime.read(rs, "next_poll"),
                Duration.ofSeconds(rs.getLong("interval_seconds")), rs.getLong("articles"),
                rs.getObject("fetch_millis") == null ? null : Duration.ofMillis(rs.getLong("fetch_millis")));
    }

    /** Cuts text to the column's size, never inside a surrogate pair. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
