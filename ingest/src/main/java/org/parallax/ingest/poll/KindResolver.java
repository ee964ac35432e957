package org.parallax.ingest.poll;

import java.util.List;
import java.util.Locale;

import org.parallax.core.model.ArticleKind;
import org.parallax.extract.SectionWords;

/**
 * Decides whether an entry is news, opinion or analysis. Any source that says opinion or
 * analysis wins over "news" (most opinion pages still call themselves NewsArticle), in this
 * order: the page's own metadata, the entry's categories, the sections of its URL, the kind of
 * the feed it came from. Otherwise news.
 */
final class KindResolver {
    private KindResolver() {
    }

    /**
     * @param pageKind what the page's metadata says, or null
     * @param feedKind the kind of the feed the entry came from
     */
    static ArticleKind resolve(ArticleKind pageKind, List<String> categories, String url, ArticleKind feedKind) {
        if (pageKind != null && pageKind.isArgument()) {
            return pageKind;
        }
        for (String category : categories) {
            ArticleKind kind = category(category);
            if (kind != null && kind.isArgument()) {
                return kind;
            }
        }
        ArticleKind byUrl = SectionWords.ofUrl(url);
        if (byUrl != null) {
            return byUrl;
        }
        return feedKind.isArgument() ? feedKind : ArticleKind.NEWS;
    }

    private static ArticleKind category(String category) {
        String c = category.strip().toLowerCase(Locale.ROOT);
        ArticleKind whole = ArticleKind.parse(c).orElse(null);
        if (whole != null) {
            return whole;
        }
        for (String part : c.split("[\\s/|>,:;-]+")) {
            ArticleKind kind = SectionWords.kind(part);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }
}
