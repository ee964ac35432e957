package org.parallax.pipeline.live;

import java.time.Instant;
import java.util.Optional;

import org.parallax.core.dedup.TextFingerprint;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.ingest.poll.ArticleSink;
import org.parallax.store.ArticleIntakeRepository;
import org.parallax.store.Database;

/** The poller's article store: the intake repository, which keeps one article per piece of writing. */
final class StoreArticleSink implements ArticleSink {
    private final Database db;

    StoreArticleSink(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Long> find(String articleKey) {
        return db.intake().find(articleKey);
    }

    @Override
    public void raiseKind(long articleId, long outletId, ArticleKind kind) {
        db.intake().raiseKind(articleId, outletId, kind);
    }

    @Override
    public Result store(long outletId, ArticleDraft draft, TextFingerprint fingerprint, Instant now) {
        return switch (db.intake().store(outletId, draft, fingerprint, now)) {
            case ArticleIntakeRepository.Stored stored -> new Result(Stored.NEW, stored.articleId());
            case ArticleIntakeRepository.Known known -> new Result(Stored.KNOWN, known.articleId());
            case ArticleIntakeRepository.Carried carried -> new Result(Stored.COPY, carried.articleId());
        };
    }
}
