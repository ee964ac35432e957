package org.parallax.extract;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.parallax.extract.text.LanguageGuess;

/**
 * Turns an article page into its metadata and main text: metadata from schema.org JSON-LD,
 * meta tags and markup ({@link PageMetadata}), main text from the container with the densest
 * prose, cleaned of furniture and link clutter ({@link MainText}). docs/ARCHITECTURE.md describes
 * the steps. Stateless and thread-safe.
 */
public final class HtmlExtractor {
    /** Longer input is cut to this many characters: article pages are far smaller. */
    public static final int MAX_HTML_CHARS = 5 * 1024 * 1024;

    /**
     * @param html the page; only its first {@link #MAX_HTML_CHARS} characters are read
     * @param url  the address the page was fetched from, for resolving relative links; may be null
     */
    public Extraction extract(String html, String url) {
        return extract(html, url, List.of());
    }

    /**
     * @param feedCategories the categories a feed gave the item, a hint of its kind ("Opinion")
     */
    public Extraction extract(String html, String url, List<String> feedCategories) {
        String input = html == null ? "" : html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
        Document document = Jsoup.parse(input, url == null ? "" : url);
        // Metadata first: main-text search removes elements (header, bylines, paywall markup) that it reads.
        PageMetadata metadata = PageMetadata.read(document, url, feedCategories);
        String text = new MainText(metadata.liveBlog()).find(document, metadata.title());
        // The declared language, unless the text clearly is in another (a CMS's default "en").
        String language = LanguageGuess.settle(metadata.language(), text);
        return new Extraction(metadata.title(), metadata.byline(), metadata.published(), text,
                metadata.canonicalUrl(), language, metadata.kind(), metadata.siteName(), metadata.paywalled());
    }
}
