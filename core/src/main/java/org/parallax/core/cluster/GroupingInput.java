package org.parallax.core.cluster;

import java.time.Instant;
import java.util.Objects;

import org.parallax.core.model.ArticleKind;

/**
 * What story grouping reads of an article. {@code time} is publication time, else ingestion time.
 *
 * @param kind      news, opinion or analysis
 * @param embedding the unit sentence vector of the article's headline and lead
 *                  ({@link org.parallax.core.embed.EmbeddingText}), or null when the grouper needs none
 */
public record GroupingInput(long articleId, long outletId, Instant time, String title, String text,
                            ArticleKind kind, float[] embedding) {

    public GroupingInput {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
    }

    /** An input without an embedding, for groupers that read only the text. */
    public GroupingInput(long articleId, long outletId, Instant time, String title, String text) {
        this(articleId, outletId, time, title, text, ArticleKind.NEWS, null);
    }

    public GroupingInput withEmbedding(float[] vector) {
        return new GroupingInput(articleId, outletId, time, title, text, kind, vector);
    }
}
