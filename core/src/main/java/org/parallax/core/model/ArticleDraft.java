package org.parallax.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as ingestion produced it, before it is stored. Text is plain text with paragraphs
 * separated by blank lines.
 *
 * @param canonicalUrl the URL that identifies the article (duplicates share it)
 * @param byline       may be null
 * @param published    may be null when the source gives no date
 * @param language     BCP 47 language tag, or null when unknown
 */
public record ArticleDraft(OutletHint outlet, String url, String canonicalUrl, String title, String byline,
                           Instant published, String text, ArticleKind kind, String language) {
    public ArticleDraft {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
