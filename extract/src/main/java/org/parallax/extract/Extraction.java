package org.parallax.extract;

import java.time.Instant;
import java.util.Objects;
import org.parallax.core.model.ArticleKind;

/**
 * What {@link HtmlExtractor} found in a page. Every field but {@code text} is null when the page
 * does not say.
 *
 * @param text         the main text, paragraphs separated by blank lines; empty when none was found
 * @param canonicalUrl the page's declared canonical URL, canonicalised
 * @param language     BCP 47 tag
 * @param kind         null when nothing on the page marks it as news, opinion or analysis
 * @param siteName     the outlet name the page gives (og:site_name, else the JSON-LD publisher)
 * @param paywalled    whether the page says its article is for subscribers only (the text may be cut)
 */
public record Extraction(String title, String byline, Instant published, String text, String canonicalUrl,
                         String language, ArticleKind kind, String siteName, boolean paywalled) {
    public Extraction {
        Objects.requireNonNull(text, "text");
    }

    public Extraction(String title, String byline, Instant published, String text, String canonicalUrl,
                      String language, ArticleKind kind) {
        this(title, byline, published, text, canonicalUrl, language, kind, null, false);
    }

    /** Whether the page gave what an article needs: a title and some text. */
    public boolean hasArticle() {
        return title != null && !text.isBlank();
    }
}
