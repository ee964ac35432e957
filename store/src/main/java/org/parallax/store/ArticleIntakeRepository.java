package org.parallax.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parallax.core.text.Sha256;
import org.parallax.core.dedup.NearDuplicates;
import org.parallax.core.dedup.TextFingerprint;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;

/**
 * Stores articles that live ingestion found, keeping one article per piece of writing: a draft
 * whose address, canonical URL, body, or nearly its body (syndicated wire copy) is stored already
 * becomes one more carrier of the stored article instead of a second article. Every outlet and
 * address that carried an article is recorded ({@link #carriers}).
 */
public final class ArticleIntakeRepository {

    /** How a draft was matched to a stored article. */
    public enum Match {
        /** The same canonical URL, carried by another address or outlet. */
        URL,
        /** The same words. */
        BODY,
        /** Nearly the same words (see {@link NearDuplicates}). */
        NEAR_BODY
    }

    public sealed interface Intake permits Stored, Known, Carried {
        long articleId();
    }

    /** A new article. */
    public record Stored(long articleId) implements Intake {
    }

    /** This address was stored before: nothing changed. */
    public record Known(long articleId) implements Intake {
    }

    /** A copy of a stored article, recorded as one more carrier of it. */
    public record Carried(long articleId, Match match) implements Intake {
    }

    /** An outlet that carried an article, at an address. */
    public record Carrier(long articleId, long outletId, String url, String matchedBy, Instant seenAt) {
    }

    private final Jdbi jdbi;
    // Finding a copy and storing an article must not interleave with another intake in this process.
    private final ReentrantLock intake = new ReentrantLock();

    ArticleIntakeRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Whether this canonical URL was stored, as an article's canonical URL or as a carrier's address. */
    public boolean knows(String canonicalUrl) {
        return find(canonicalUrl).isPresent();
    }

    /** The article stored under this canonical URL, as its own or as a carrier's address. */
    public Optional<Long> find(String canonicalUrl) {
        String key = Sha256.hex(canonicalUrl);
        return jdbi.withHandle(h -> carrierArticle(h, key).or(() -> ArticleRepository.idOf(h, key)));
    }

    /**
     * Makes a news article of the outlet an opinion or analysis piece, when another listing of
     * it (an opinion feed) says so after it was stored as news. Its story's version is bumped, so
     * that the brief is composed again.
     *
     * @return whether the article changed
     */
    public boolean raiseKind(long articleId, long outletId, ArticleKind kind) {
        if (!kind.isArgument()) {
            return false;
        }
        return jdbi.inTransaction(h -> {
            int changed = h.createUpdate("UPDATE article SET kind = :kind "
                            + "WHERE id = :id AND outlet_id = :outletId AND kind = 'NEWS'")
                    .bind("kind", kind.name())
                    .bind("id", articleId)
                    .bind("outletId", outletId)
                    .execute();
            if (changed > 0) {
                h.createUpdate("UPDATE story SET version = version + 1 "
                                + "WHERE id = (SELECT story_id FROM article WHERE id = :id)")
                        .bind("id", articleId)
                        .execute();
            }
            return changed > 0;
        });
    }

    /**
     * Stores the draft of the outlet, or records the outlet as a carrier of the stored article it
     * copies. In one transaction. {@code draft.url()} is the address the copy was found at (as
     * canonicalised by the caller); {@code draft.canonicalUrl()} the one the page declares.
     */
    public Intake store(long outletId, ArticleDraft draft, TextFingerprint fingerprint, Instant now) {
        intake.lock();
        try {
            return jdbi.inTransaction(h -> store(h, outletId, draft, fingerprint, now));
        } finally {
            intake.unlock();
        }
    }

    private static Intake store(Handle h, long outletId, ArticleDraft draft, TextFingerprint fingerprint,
                                Instant now) {
        String addressKey = Sha256.hex(draft.url());
        Optional<Long> byAddress = carrierArticle(h, addressKey)
                .or(() -> ArticleRepository.idOf(h, addressKey));
        if (byAddress.isPresent()) {
            return new Known(byAddress.get());
        }
        Optional<Long> byCanonical = ArticleRepository.idOf(h, Sha256.hex(draft.canonicalUrl()))
                .or(() -> carrierArticle(h, Sha256.hex(draft.canonicalUrl())));
        if (byCanonical.isPresent()) {
            return carried(h, byCanonical.get(), outletId, draft.url(), Match.URL, now);
        }
        if (fingerprint.comparable()) {
            Optional<Long> sameBody = h.createQuery("SELECT id FROM article WHERE body_sha256 = :sha "
                            + "ORDER BY id FETCH FIRST 1 ROW ONLY")
                    .bind("sha", fingerprint.bodySha256())
                    .mapTo(Long.class)
                    .findOne();
            if (sameBody.isPresent()) {
                return carried(h, sameBody.get(), outletId, draft.url(), Match.BODY, now);
            }
            Optional<Long> nearBody = nearCopy(h, draft.text(), fingerprint);
            if (nearBody.isPresent()) {
                return carried(h, nearBody.get(), outletId, draft.url(), Match.NEAR_BODY, now);
            }
        }
        long id = ArticleRepository.insertUnlessStored(h, outletId, draft, now).articleId();
        h.createUpdate("UPDATE article SET body_sha256 = :sha WHERE id = :id")
                .bind("sha", fingerprint.bodySha256())
                .bind("id", id)
                .execute();
        List<Long> bands = fingerprint.bands();
        for (int band = 0; band < bands.size(); band++) {
            h.createUpdate("INSERT INTO article_band (article_id, band, band_key) VALUES (:id, :band, :key)")
                    .bind("id", id)
                    .bind("band", (short) band)
                    .bind("key", bands.get(band))
                    .execute();
        }
        addCarrier(h, id, outletId, draft.url(), "ORIGINAL", now);
        return new Stored(id);
    }

    /** The oldest stored article sharing a MinHash band with the body and confirmed on its words. */
    private static Optional<Long> nearCopy(Handle h, String text, TextFingerprint fingerprint) {
        StringBuilder where = new StringBuilder();
        List<Long> bands = fingerprint.bands();
        for (int band = 0; band < bands.size(); band++) {
            where.append(band == 0 ? "" : " OR ").append("(band = ").append(band).append(" AND band_key = :k")
                    .append(band).append(')');
        }
        var query = h.createQuery("SELECT DISTINCT article_id FROM article_band WHERE " + where + " ORDER BY article_id");
        for (int band = 0; band < bands.size(); band++) {
            query.bind("k" + band, bands.get(band));
        }
        for (long candidate : query.mapTo(Long.class).list()) {
            String stored = h.createQuery("SELECT text FROM article WHERE id = :id")
                    .bind("id", candidate)
                    .mapTo(String.class)
                    .one();
            if (NearDuplicates.sameArticle(stored, text)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Carried carried(Handle h, long articleId, long outletId, String url, Match match, Instant now) {
        addCarrier(h, articleId, outletId, url, match.name(), now);
        return new Carried(articleId, match);
    }

    private static void addCarrier(Handle h, long articleId, long outletId, String url, String match, Instant now) {
        h.createUpdate("""
                        MERGE INTO article_carrier c
                        USING (SELECT CAST(:key AS CHAR(64)) AS url_sha256) s
                        ON c.url_sha256 = s.url_sha256
                        WHEN NOT MATCHED THEN INSERT (url_sha256, article_id, outlet_id, url, matched_by, seen_at)
                        VALUES (s.url_sha256, :articleId, :outletId, :url, :match, :now)""")
                .bind("key", Sha256.hex(url))
                .bind("articleId", articleId)
                .bind("outletId", outletId)
                .bind("url", url)
                .bind("match", match)
                .bind("now", now)
                .execute();
    }

    private static Optional<Long> carrierArticle(Handle h, String urlKey) {
        return h.createQuery("SELECT article_id FROM article_carrier WHERE url_sha256 = :key")
                .bind("key", urlKey)
                .mapTo(Long.class)
                .findOne();
    }

    /** Every address that carried the article, first seen first. */
    public List<Carrier> carriers(long articleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT article_id, outlet_id, url, matched_by, seen_at "
                        + "FROM article_carrier WHERE article_id = :id ORDER BY seen_at, url_sha256")
                .bind("id", articleId)
                .map((rs, ctx) -> new Carrier(rs.getLong("article_id"), rs.getLong("outlet_id"), rs.getString("url"),
                        rs.getString("matched_by"), SqlTime.read(rs, "seen_at")))
                .list());
    }

    /** The number of distinct outlets that carried the article. */
    public int carrierOutlets(long articleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(DISTINCT outlet_id) FROM article_carrier "
                        + "WHERE article_id = :id")
                .bind("id", articleId)
                .mapTo(Integer.class)
                .one());
    }
}
