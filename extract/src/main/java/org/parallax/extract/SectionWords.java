package org.parallax.extract;

import java.util.Locale;
import java.util.Set;

import org.parallax.core.model.ArticleKind;

/**
 * The section words that mark opinion and analysis ("opinion", "commentisfree", "analysis"...), as
 * they stand in a URL's path or a feed's category. One list for the page extractor and for polling.
 */
public final class SectionWords {
    private static final Set<String> OPINION = Set.of("opinion", "opinions", "commentary", "editorial",
            "editorials", "op-ed", "op-eds", "oped", "columnists", "columns", "commentisfree", "comment", "voices",
            "ideas", "debate");
    private static final Set<String> ANALYSIS = Set.of("analysis", "news-analysis", "explainer", "explainers");

    private SectionWords() {
    }

    /** The kind one lower-case section word says, or null for a word that says nothing. */
    public static ArticleKind kind(String word) {
        if (OPINION.contains(word)) {
            return ArticleKind.OPINION;
        }
        return ANALYSIS.contains(word) ? ArticleKind.ANALYSIS : null;
    }

    /**
     * The kind the sections of a URL's path say: "/opinion/2026/03/title" says opinion. The last
     * segment is the article's slug ("why-the-analysis-failed") and says nothing. Null when none says.
     */
    public static ArticleKind ofUrl(String url) {
        if (url == null) {
            return null;
        }
        int start = url.indexOf("://");
        int pathStart = start < 0 ? 0 : url.indexOf('/', start + 3);
        if (pathStart < 0) {
            return null;
        }
        int end = url.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = url.indexOf(stop, pathStart);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String[] segments = url.substring(pathStart, end).toLowerCase(Locale.ROOT).split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            ArticleKind kind = kind(segments[i]);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }
}
