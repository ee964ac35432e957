package org.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.core.model.ArticleKind;

/**
 * Tells opinion and analysis from news by what a page declares: the schema.org type, the
 * section, the URL's path sections, og:type, strongest first. The first argument-kind signal
 * wins; NEWS is returned only when something says news; null when nothing says anything.
 */
final class KindSignals {
    private static final Set<String> OPINION_TYPES = Set.of("OpinionNewsArticle", "ReviewNewsArticle");
    private static final Set<String> ANALYSIS_TYPES = Set.of("AnalysisNewsArticle", "BackgroundNewsArticle");
    private static final Set<String> NEWS_TYPES = Set.of("NewsArticle", "ReportageNewsArticle");
    private static final Pattern TITLE_PREFIX = Pattern.compile("([\\p{L} -]{2,20}?)\\s*[:|—–]\\s+");
    private static final Pattern SECTION_SEPARATORS = Pattern.compile("\\s*[/|>,:]\\s*");

    private KindSignals() {
    }

    /**
     * @param feedCategories categories a feed gave the item
     * @param title          the title as declared, which may begin with "Opinion |" or "Analysis:"
     * @param urls           the page's addresses, whose path sections may say "opinion"
     */
    static ArticleKind kind(MetaTags meta, JsonLd jsonLd, List<String> feedCategories, String title, String... urls) {
        List<ArticleKind> signals = new ArrayList<>();
        signals.add(fromTypes(jsonLd.types()));
        if ("true".equalsIgnoreCase(meta.get("article:opinion"))) {
            signals.add(ArticleKind.OPINION);
        }
        List<String> sections = new ArrayList<>(jsonLd.sections());
        for (String name : List.of("article:section", "og:article:section", "section", "parsely-section",
                "article.section", "category")) {
            sections.add(meta.get(name));
        }
        sections.addAll(feedCategories);
        for (String section : sections) {
            signals.add(fromSection(section));
        }
        signals.add(fromTitle(title));
        for (String url : urls) {
            signals.add(SectionWords.ofUrl(url));
        }
        signals.add(ArticleKind.parse(meta.get("og:type")).orElse(null));

        boolean saysNews = false;
        for (ArticleKind signal : signals) {
            if (signal != null && signal.isArgument()) {
                return signal;
            }
            saysNews |= signal == ArticleKind.NEWS;
        }
        return saysNews ? ArticleKind.NEWS : null;
    }

    /** "Opinion | Why ...", "ANALYSIS: The ...", "Editorial — ...": a kind word before a separator. */
    private static ArticleKind fromTitle(String title) {
        if (title == null) {
            return null;
        }
        Matcher prefix = TITLE_PREFIX.matcher(title.strip());
        if (!prefix.lookingAt()) {
            return null;
        }
        ArticleKind kind = ArticleKind.parse(prefix.group(1)).orElse(null);
        return kind != null && kind.isArgument() ? kind : null;
    }

    private static ArticleKind fromTypes(Set<String> types) {
        if (types.stream().anyMatch(OPINION_TYPES::contains)) {
            return ArticleKind.OPINION;
        }
        if (types.stream().anyMatch(ANALYSIS_TYPES::contains)) {
            return ArticleKind.ANALYSIS;
        }
        return types.stream().anyMatch(NEWS_TYPES::contains) ? ArticleKind.NEWS : null;
    }

    /** "Opinion", "Opinion | Columnists", "News > Analysis". */
    private static ArticleKind fromSection(String section) {
        if (section == null) {
            return null;
        }
        Optional<ArticleKind> whole = ArticleKind.parse(section);
        if (whole.isPresent()) {
            return whole.get();
        }
        ArticleKind found = null;
        for (String part : SECTION_SEPARATORS.split(section.strip())) {
            ArticleKind kind = ArticleKind.parse(part).orElse(null);
            if (kind != null && (found == null || kind.isArgument())) {
                found = kind;
            }
        }
        return found;
    }
}
