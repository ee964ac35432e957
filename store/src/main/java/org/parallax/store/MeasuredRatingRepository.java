package org.parallax.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parallax.core.ratings.Evidence;
import org.parallax.core.ratings.MeasuredRating;
import org.parallax.core.ratings.OutletRater;
import org.parallax.core.ratings.RatingAxis;

/** Ratings measured from the outlets' own words: one row per outlet, axis and recompute, with the evidence. */
public final class MeasuredRatingRepository {
    private static final String COLUMNS = "id, outlet_id, axis, computed_at, score, score_low, score_high, articles, "
            + "words, model_version, training_outlets, cross_fitted";
    private static final int MAX_PHRASE = 300;
    private static final int MAX_SENTENCE = 2000;
    private static final int MAX_URL = 2048;

    private final Jdbi jdbi;

    MeasuredRatingRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores the run's placed outlets as one recompute at {@code at}, in one transaction; returns the rows written. */
    public int save(RatingAxis axis, OutletRater.Run run, Instant at) {
        return jdbi.inTransaction(h -> {
            int written = 0;
            for (OutletRater.Rated r : run.rated()) {
                long id = h.createUpdate("INSERT INTO outlet_rating (outlet_id, axis, computed_at, score, score_low, "
                                + "score_high, articles, words, model_version, training_outlets, cross_fitted) VALUES "
                                + "(:outlet, :axis, :at, :score, :low, :high, :articles, :words, :version, :training, "
                                + ":crossFitted)")
                        .bind("outlet", r.outletId())
                        .bind("axis", axis.key())
                        .bind("at", at)
                        .bind("score", r.placement().score())
                        .bind("low", r.placement().low())
                        .bind("high", r.placement().high())
                        .bind("articles", r.articles())
                        .bind("words", r.words())
                        .bind("version", run.modelVersion())
                        .bind("training", run.trainingOutlets())
                        .bind("crossFitted", r.crossFitted())
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one();
                int ordinal = 0;
                for (Evidence e : r.evidence()) {
                    h.createUpdate("INSERT INTO outlet_rating_evidence (rating_id, ordinal, phrase, direction, push, "
                                    + "articles, sentence, article_id, url) VALUES (:rating, :ordinal, :phrase, "
                                    + ":direction, :push, :articles, :sentence, :article, :url)")
                            .bind("rating", id)
                            .bind("ordinal", ordinal++)
                            .bind("phrase", cut(e.phrase(), MAX_PHRASE))
                            .bind("direction", e.direction())
                            .bind("push", e.push())
                            .bind("articles", e.articles())
                            .bind("sentence", cut(e.sentence(), MAX_SENTENCE))
                            .bind("article", e.articleId() == 0 ? null : e.articleId())
                            .bind("url", e.url() == null || e.url().length() > MAX_URL ? null : e.url())
                            .execute();
                }
                written++;
            }
            return written;
        });
    }

    /** The outlet's latest measured rating on the axis, with its evidence. */
    public Optional<MeasuredRating> latest(long outletId, RatingAxis axis) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM outlet_rating WHERE outlet_id = :outlet "
                        + "AND axis = :axis ORDER BY computed_at DESC, id DESC FETCH FIRST 1 ROW ONLY")
                .bind("outlet", outletId)
                .bind("axis", axis.key())
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), rating(rs, List.of())))
                .findOne()
                .map(e -> withEvidence(h, e.getKey(), e.getValue())));
    }

    /** Every measured rating of the outlet on the axis, oldest first, without evidence. */
    public List<MeasuredRating> history(long outletId, RatingAxis axis) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM outlet_rating WHERE outlet_id = :outlet "
                        + "AND axis = :axis ORDER BY computed_at, id")
                .bind("outlet", outletId)
                .bind("axis", axis.key())
                .map((rs, ctx) -> rating(rs, List.of()))
                .list());
    }

    /** The latest measured rating of every rated outlet on the axis, by outlet id, without evidence. */
    public Map<Long, MeasuredRating> latestAll(RatingAxis axis) {
        return jdbi.withHandle(h -> {
            Map<Long, MeasuredRating> out = new HashMap<>();
            h.createQuery("SELECT " + COLUMNS + " FROM outlet_rating WHERE axis = :axis ORDER BY computed_at, id")
                    .bind("axis", axis.key())
                    .map((rs, ctx) -> rating(rs, List.of()))
                    .forEach(r -> out.put(r.outletId(), r));
            return out;
        });
    }

    /** When the latest recompute on the axis ran, if one has. */
    public Optional<Instant> lastComputed(RatingAxis axis) {
        return jdbi.withHandle(h -> h.createQuery("SELECT MAX(computed_at) FROM outlet_rating WHERE axis = :axis")
                .bind("axis", axis.key())
                .mapTo(Instant.class)
                .findOne());
    }

    /** Removes the outlet's measured ratings (before the outlet itself is deleted). */
    static void removeOutlet(Handle h, long outletId) {
        h.createUpdate("DELETE FROM outlet_rating_evidence WHERE rating_id IN "
                + "(SELECT id FROM outlet_rating WHERE outlet_id = :id)").bind("id", outletId).execute();
        h.createUpdate("DELETE FROM outlet_rating WHERE outlet_id = :id").bind("id", outletId).execute();
    }

    private static MeasuredRating withEvidence(Handle h, long ratingId, MeasuredRating rating) {
        List<Evidence> evidence = h.createQuery("SELECT phrase, direction, push, articles, sentence, article_id, url "
                        + "FROM outlet_rating_evidence WHERE rating_id = :id ORDER BY ordinal")
                .bind("id", ratingId)
                .map((rs, ctx) -> new Evidence(rs.getString("phrase"), rs.getInt("direction"), rs.getDouble("push"),
                        rs.getInt("articles"), rs.getString("sentence"), rs.getLong("article_id"), rs.getString("url")))
                .list();
        return new MeasuredRating(rating.outletId(), rating.axis(), rating.computedAt(), rating.score(), rating.low(),
                rating.high(), rating.articles(), rating.words(), rating.modelVersion(), rating.trainingOutlets(),
                rating.crossFitted(), evidence);
    }

    private static MeasuredRating rating(ResultSet rs, List<Evidence> evidence) throws SQLException {
        return new MeasuredRating(rs.getLong("outlet_id"), RatingAxis.valueOf(rs.getString("axis").toUpperCase(
                java.util.Locale.ROOT)), SqlTime.read(rs, "computed_at"), rs.getDouble("score"),
                rs.getDouble("score_low"), rs.getDouble("score_high"), rs.getInt("articles"), rs.getLong("words"),
                rs.getString("model_version"), rs.getInt("training_outlets"), rs.getBoolean("cross_fitted"), evidence);
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end) + "\u2026";
    }
}
