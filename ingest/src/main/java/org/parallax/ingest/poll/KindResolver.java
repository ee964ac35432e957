package org.parallax.ingest.poll;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parallax.core.model.ArticleKind;

/**
 * Decides whether an entry is news, opinion or analysis. Any source that says opinion or
 * analysis wins over "news" (most opinion pages still call themselves NewsArticle), in this
 * order: the page's own metadata, the entry's categories, the sections of its URL, the kind of
 * the feed it came from. Otherwise news.
 */
final class KindResolver {
    private static final Set<String> OPINION_SECTIONS = Set.of("opinion", "opinions", "commentary", "editorial",
            "editorials", "op-ed", "op-eds", "oped", "columnists", "columns", "commentisfree", "comment", "voices",
            "ideas", "debate");
    private static final Set<String> ANALYSIS_SECTIONS = Set.of("analysis", "news-analysis", "explainer",
            "explainers");

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
        ArticleKind byUrl = urlSections(url);
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
            if (OPINION_SECTIONS.contains(part)) {
                return ArticleKind.OPINION;
            }
            if (ANALYSIS_SECTIONS.contains(part)) {
                return ArticleKind.ANALYSIS;
            }
        }
        return null;
    }

    /** "/opinion/2026/03/title" says opinion; the last segment (the slug) says nothing. */
    private static ArticleKind urlSections(String url) {
        String path;
        try {
            path = url == null ? null : URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null) {
            return null;
        }
        String[] segments = path.toLowerCase(Locale.ROOT).split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (OPINION_SECTIONS.contains(segments[i])) {
                return ArticleKind.OPINION;
            }
            if (ANALYSIS_SECTIONS.contains(segments[i])) {
                return ArticleKind.ANALYSIS;
            }
        }
        return null;
    }
}
