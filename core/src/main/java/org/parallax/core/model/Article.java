package org.parallax.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored article. {@code storyId} is null until the grouping stage has placed it.
 *
 * @param published when the outlet published it, or null when unknown
 * @param ingested  when Parallax stored it
 */
public record Article(long id, long outletId, String url, String canonicalUrl, String title, String byline,
                      Instant published, Instant ingested, String text, ArticleKind kind, String language,
                      Long storyId) {
    public Article {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ingested, "ingested");
    }

    /** The time the article is placed at on the story timeline: publication, else ingestion. */
    public Instant time() {
        return published != null ? published : ingested;
    }
}
