package org.parallax.ingest.poll;

import java.time.Instant;
import java.util.Optional;

import org.parallax.core.dedup.TextFingerprint;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;

/** Where articles go; deduplicates copies (the application implements it over its database). */
public interface ArticleSink {

    /** What storing a draft did. */
    enum Stored {
        /** A new article. */
        NEW,
        /** The address was stored before. */
        KNOWN,
        /** A copy (same canonical URL or same or nearly the same body) of a stored article, recorded as its carrier. */
        COPY
    }

    record Result(Stored stored, long articleId) {
    }

    /** The article stored under this address key ({@link org.parallax.extract.url.ArticleUrls#key}), if any. */
    Optional<Long> find(String articleKey);

    /**
     * Makes a news article of the outlet an opinion or analysis piece: another listing of it (an
     * opinion feed, a category) says so. Any source saying opinion wins, whichever came first.
     */
    void raiseKind(long articleId, long outletId, ArticleKind kind);

    Result store(long outletId, ArticleDraft draft, TextFingerprint fingerprint, Instant now);
}
