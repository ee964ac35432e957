package org.parallax.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The question bank: prediction-market questions from imported files and live providers, one per
 * (source, external id). Storing is idempotent: a question stored again with the same values
 * changes nothing, and an older probability never overwrites a newer one.
 */
public final class ForecastRepository {

    /** What {@link #upsert} did with each question. */
    public record UpsertCounts(int inserted, int updated, int unchanged, int rejected) {
        public UpsertCounts plus(UpsertCounts other) {
            return new UpsertCounts(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged,
                    rejected + other.rejected);
        }

        public int stored() {
            return inserted + updated;
        }
    }

    static final int MAX_QUESTION = 1000;
    static final int MAX_BACKGROUND = 4000;
    static final int MAX_URL = 2048;
    static final int MAX_EXTERNAL_ID = 200;

    private static final String COLUMNS = "source, external_id, question, background, url, probability, probability_at, "
            + "opens_at, closes_at, resolved, resolved_at, play_money";
    private static final RowSelect<MarketQuestion> QUESTIONS =
            new RowSelect<>("SELECT " + COLUMNS + " FROM forecast_question", (rs, ctx) -> question(rs));

    private static final String MERGE = """
            MERGE INTO forecast_question q
            USING (SELECT CAST(:source AS VARCHAR(32)) AS source, CAST(:externalId AS VARCHAR(200)) AS external_id) s
            ON q.source = s.source AND q.external_id = s.external_id
            WHEN MATCHED THEN UPDATE SET question = :question, background = :background, url = :url,
                probability = :probability, probability_at = :probabilityAt, opens_at = :opensAt, closes_at = :closesAt,
                resolved = :resolved, resolved_at = :resolvedAt, play_money = :playMoney, updated_at = :now
            WHEN NOT MATCHED THEN INSERT (source, external_id, question, background, url, probability, probability_at,
                opens_at, closes_at, resolved, resolved_at, play_money, updated_at)
            VALUES (s.source, s.external_id, :question, :background, :url, :probability, :probabilityAt, :opensAt,
                :closesAt, :resolved, :resolvedAt, :playMoney, :now)""";

    private final Jdbi jdbi;

    ForecastRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Stores the questions in one transaction. A question already stored is updated only when its
     * probability is at least as recent as the stored one and something differs, and stays resolved
     * once it is (question banks carry no resolution; a resolutions file marks them); questions whose
     * text or URL exceed the column sizes are rejected (backgrounds are cut to fit).
     */
    public UpsertCounts upsert(List<MarketQuestion> questions, Instant now) {
        return jdbi.inTransaction(h -> {
            int inserted = 0;
            int updated = 0;
            int unchanged = 0;
            int rejected = 0;
            for (MarketQuestion incoming : questions) {
                if (!fits(incoming)) {
                    rejected++;
                    continue;
                }
                MarketQuestion q = normalised(incoming);
                Optional<MarketQuestion> stored = find(h, q.source(), q.externalId());
                if (stored.isPresent() && stored.get().resolved() && !q.resolved()) {
                    q = q.resolvedAt(stored.get().resolvedAt()); // a known resolution is kept: markets do not unresolve
                }
                if (stored.isPresent() && (stored.get().equals(q) || q.probabilityAt().isBefore(stored.get().probabilityAt()))) {
                    unchanged++;
                    continue;
                }
                merge(h, q, now);
                if (stored.isPresent()) {
                    updated++;
                } else {
                    inserted++;
                }
            }
            return new UpsertCounts(inserted, updated, unchanged, rejected);
        });
    }

    /**
     * Marks a stored question resolved at {@code resolvedAt}.
     *
     * @return whether a stored question changed (false when unknown or already so)
     */
    public boolean markResolved(MarketSource source, String externalId, Instant resolvedAt, Instant now) {
        Instant at = SqlTime.stored(resolvedAt);
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE forecast_question SET resolved = TRUE, resolved_at = :at, updated_at = :now
                        WHERE source = :source AND external_id = :externalId
                          AND (resolved = FALSE OR resolved_at IS NULL OR resolved_at <> :at)""")
                .bind("at", at)
                .bind("now", now)
                .bind("source", source.key())
                .bind("externalId", externalId)
                .execute()) > 0;
    }

    public Optional<MarketQuestion> find(MarketSource source, String externalId) {
        return jdbi.withHandle(h -> find(h, source, externalId));
    }

    /** Stored questions with the most recent probabilities first, at most {@code limit}: what the matcher indexes. */
    public List<MarketQuestion> recent(int limit) {
        return QUESTIONS.list(jdbi, "ORDER BY probability_at DESC, id DESC FETCH FIRST :limit ROWS ONLY", Map.of("limit", limit));
    }

    /**
     * Unresolved questions of {@code source} still open at {@code now} whose probability was read
     * before {@code readBefore}, oldest first: the ones a refresh should read again.
     */
    public List<MarketQuestion> staleOpen(MarketSource source, Instant readBefore, Instant now, int limit) {
        return QUESTIONS.list(jdbi, "WHERE source = :source AND resolved = FALSE AND probability_at < :readBefore "
                        + "AND (closes_at IS NULL OR closes_at > :now) ORDER BY probability_at, id FETCH FIRST :limit ROWS ONLY",
                Map.of("source", source.key(), "readBefore", readBefore, "now", now, "limit", limit));
    }

    /** Stored questions per source. */
    public Map<MarketSource, Long> countBySource() {
        Map<MarketSource, Long> out = new EnumMap<>(MarketSource.class);
        jdbi.useHandle(h -> h.createQuery("SELECT source, COUNT(*) AS n FROM forecast_question GROUP BY source")
                .map((rs, ctx) -> Map.entry(rs.getString("source"), rs.getLong("n")))
                .forEach(e -> MarketSource.parse(e.getKey()).ifPresent(s -> out.put(s, e.getValue()))));
        return out;
    }

    private static Optional<MarketQuestion> find(Handle h, MarketSource source, String externalId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM forecast_question WHERE source = :source AND external_id = :id")
                .bind("source", source.key())
                .bind("id", externalId)
                .map((rs, ctx) -> question(rs))
                .findOne();
    }

    private static void merge(Handle h, MarketQuestion q, Instant now) {
        h.createUpdate(MERGE)
                .bind("source", q.source().key())
                .bind("externalId", q.externalId())
                .bind("question", q.question())
                .bind("background", q.background())
                .bind("url", q.url())
                .bind("probability", q.probability())
                .bind("probabilityAt", q.probabilityAt())
                .bindByType("opensAt", q.opensAt(), Instant.class)
                .bindByType("closesAt", q.closesAt(), Instant.class)
                .bind("resolved", q.resolved())
                .bindByType("resolvedAt", q.resolvedAt(), Instant.class)
                .bind("playMoney", q.playMoney())
                .bind("now", now)
                .execute();
    }

    private static boolean fits(MarketQuestion q) {
        return q.question().length() <= MAX_QUESTION && q.url().length() <= MAX_URL
                && q.externalId().length() <= MAX_EXTERNAL_ID;
    }

    /** As it reads back: times to the microsecond, background cut to its column, NULs dropped. */
    private static MarketQuestion normalised(MarketQuestion q) {
        String background = q.background() == null ? null : q.background().replace("\u0000", "");
        if (background != null && background.length() > MAX_BACKGROUND) {
            background = background.substring(0, MAX_BACKGROUND);
        }
        return new MarketQuestion(q.source(), q.externalId(), q.question().replace("\u0000", ""), background, q.url(),
                q.probability(), SqlTime.stored(q.probabilityAt()), SqlTime.stored(q.opensAt()),
                SqlTime.stored(q.closesAt()), q.resolved(), SqlTime.stored(q.resolvedAt()), q.playMoney());
    }

    private static MarketQuestion question(ResultSet rs) throws SQLException {
        String key = rs.getString("source");
        MarketSource source = MarketSource.parse(key)
                .orElseThrow(() -> new IllegalStateException("unknown forecast source in the database: " + key));
        return new MarketQuestion(source, rs.getString("external_id"), rs.getString("question"),
                rs.getString("background"), rs.getString("url"), rs.getDouble("probability"),
                Objects.requireNonNull(SqlTime.read(rs, "probability_at")), SqlTime.read(rs, "opens_at"),
                SqlTime.read(rs, "closes_at"), rs.getBoolean("resolved"), SqlTime.read(rs, "resolved_at"),
                rs.getBoolean("play_money"));
    }
}
