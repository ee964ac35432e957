package org.parallax.ingest.poll;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.OutletHint;
import org.parallax.extract.Extraction;
import org.parallax.feeds.FeedEntry;
import org.parallax.extract.text.LanguageTags;
import org.parallax.extract.text.PlainText;
import org.parallax.extract.url.ArticleUrls;

/**
 * Builds an article from what its page gave (when it could be fetched) and what its feed entry
 * says. The page wins field by field; the entry fills what the page lacks: title, date, author,
 * and the text when the page gave none or only a teaser (the entry's full content is then
 * used, else its summary when long enough).
 */
final class DraftBuilder {
    /** Feed content this much longer than the page's text means the page was a teaser or a paywall. */
    private static final double TEASER_RATIO = 1.5;

    /** An article, or why there is none. */
    sealed interface Built permits Draft, NoArticle {
    }

    record Draft(ArticleDraft draft) implements Built {
    }

    record NoArticle(String reason) implements Built {
    }

    private final int minWords;

    DraftBuilder(int minWords) {
        this.minWords = minWords;
    }

    /**
     * @param address      the article's address key (the page's final address, else the entry's link)
     * @param page         what the page gave, or null when it was not fetched
     * @param pageNote     why the page was not used, or null
     * @param feedLanguage the feed's declared language, or null
     */
    Built build(OutletHint outlet, FeedEntry entry, String address, Extraction page, String pageNote,
                ArticleKind feedKind, String feedLanguage) {
        String title = page != null && page.title() != null ? page.title() : plain(entry.title());
        if (title == null || title.isBlank()) {
            return new NoArticle("no title" + note(pageNote));
        }
        String pageText = page == null ? "" : page.text();
        String contentText = FeedText.paragraphs(entry.contentHtml());
        String text = pageText;
        if (FeedText.words(contentText) > FeedText.words(pageText) * TEASER_RATIO) {
            text = contentText;
        }
        if (FeedText.words(text) < minWords) {
            String summary = FeedText.paragraphs(entry.summary());
            text = FeedText.words(summary) > FeedText.words(text) ? summary : text;
        }
        int words = FeedText.words(text);
        if (words < minWords) {
            return new NoArticle("too little text (" + words + " words)" + note(pageNote));
        }
        String canonical = page != null && page.canonicalUrl() != null
                ? ArticleUrls.key(page.canonicalUrl()).orElse(address) : address;
        Instant published = page != null && page.published() != null ? page.published()
                : entry.publishedOrUpdated();
        String byline = page != null && page.byline() != null ? page.byline() : blankToNull(entry.author());
        ArticleKind kind = KindResolver.resolve(page == null ? null : page.kind(), entry.categories(), address,
                feedKind);
        String language = page != null && page.language() != null ? page.language()
                : LanguageTags.normalize(feedLanguage).orElse(null);
        return new Draft(new ArticleDraft(outlet, address, canonical, title.strip(), byline, published, text, kind,
                language));
    }

    /** Feed titles are meant to be plain text; some still carry markup. */
    private static String plain(String text) {
        if (text == null) {
            return null;
        }
        return PlainText.oneLine(text.indexOf('<') >= 0 || text.indexOf('&') >= 0 ? Jsoup.parse(text).text() : text);
    }

    private static String note(String pageNote) {
        return pageNote == null ? "" : "; page: " + pageNote;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : PlainText.oneLine(text);
    }
}
