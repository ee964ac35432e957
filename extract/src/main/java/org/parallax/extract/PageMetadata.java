package org.parallax.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parallax.core.model.ArticleKind;
import org.parallax.extract.text.LanguageTags;
import org.parallax.extract.text.PlainText;
import org.parallax.extract.text.Timestamps;
import org.parallax.extract.url.UrlCanonicalizer;

/**
 * The article metadata a page declares, each field null when the page does not say.
 *
 * @param paywalled whether the page says its article is for subscribers only ({@link Paywall})
 * @param liveBlog  whether the page declares itself a schema.org LiveBlogPosting
 */
record PageMetadata(String title, String byline, Instant published, String canonicalUrl, String language,
                    ArticleKind kind, String siteName, boolean paywalled, boolean liveBlog) {

    /** Before the web: no page was published then. */
    private static final Instant EARLIEST_PUBLISHED = Instant.parse("1990-01-01T00:00:00Z");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—»·:]\\s+");

    /**
     * @param feedCategories the categories the feed gave the item ("Opinion", "World"), or empty
     */
    static PageMetadata read(Document document, String url, List<String> feedCategories) {
        JsonLd jsonLd = JsonLd.read(document);
        MetaTags meta = MetaTags.of(document);
        String siteName = firstNonBlank(meta.get("og:site_name"), jsonLd.publisherName());
        String canonical = canonicalUrl(document, meta, url);
        String declaredTitle = firstNonBlank(meta.get("og:title"), meta.get("twitter:title"), jsonLd.headline(),
                document.title());
        ArticleKind kind = KindSignals.kind(meta, jsonLd, feedCategories, declaredTitle, canonical, url);
        return new PageMetadata(title(document, meta, jsonLd, siteName), Byline.read(document, meta, jsonLd),
                published(document, meta, jsonLd), canonical, language(document, meta, jsonLd), kind, siteName,
                Paywall.detect(document, meta), jsonLd.types().contains("LiveBlogPosting"));
    }

    private static String title(Document document, MetaTags meta, JsonLd jsonLd, String siteName) {
        String declared = firstNonBlank(meta.get("og:title"), meta.get("twitter:title"),
                jsonLd.headline());
        if (declared != null) {
            return withoutSiteName(declared, siteName);
        }
        Element heading = document.selectFirst("article h1, main h1, [itemprop=headline]");
        if (heading == null && document.select("h1").size() == 1) {
            heading = document.selectFirst("h1");
        }
        if (heading != null && !heading.text().isBlank()) {
            return PlainText.oneLine(heading.text());
        }
        String title = PlainText.oneLine(document.title());
        if (title.isEmpty()) {
            return null;
        }
        String cleaned = withoutSiteName(title, siteName);
        if (!cleaned.equals(title)) {
            return cleaned;
        }
        // "Headline | Section | Site": the headline is usually the longest part.
        String longest = title;
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length > 1) {
            longest = parts[0];
            for (String part : parts) {
                if (part.length() > longest.length()) {
                    longest = part;
                }
            }
        }
        return longest.strip();
    }

    private static String withoutSiteName(String title, String siteName) {
        String line = PlainText.oneLine(title);
        if (siteName == null) {
            return line;
        }
        var matcher = TITLE_SEPARATOR.matcher(line);
        int lastSeparator = -1;
        int lastEnd = -1;
        while (matcher.find()) {
            lastSeparator = matcher.start();
            lastEnd = matcher.end();
        }
        if (lastSeparator > 0 && line.substring(lastEnd).equalsIgnoreCase(PlainText.oneLine(siteName))) {
            return line.substring(0, lastSeparator).strip();
        }
        return line;
    }

    private static Instant published(Document document, MetaTags meta, JsonLd jsonLd) {
        List<String> declared = new ArrayList<>();
        for (String name : List.of("article:published_time", "og:article:published_time", "datePublished",
                "pubdate", "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
                "dc.date", "date")) {
            declared.add(meta.get(name));
        }
        declared.add(jsonLd.datePublished());
        Instant instant = firstPlausible(declared);
        if (instant != null) {
            return instant;
        }
        List<String> marked = new ArrayList<>();
        for (Element time : document.select("time[itemprop=datePublished], time[pubdate], article time[datetime], "
                + "time[datetime]")) {
            marked.add(time.attr("datetime"));
        }
        return firstPlausible(marked);
    }

    private static Instant firstPlausible(List<String> candidates) {
        for (String candidate : candidates) {
            Optional<Instant> instant = Timestamps.parse(candidate);
            // "0001-01-01" and the Unix epoch are placeholders of content systems, not dates.
            if (instant.isPresent() && instant.get().isAfter(EARLIEST_PUBLISHED)) {
                return instant.get();
            }
        }
        return null;
    }

    private static String canonicalUrl(Document document, MetaTags meta, String url) {
        Element link = document.selectFirst("link[rel=canonical][href]");
        String declared = link != null ? link.absUrl("href") : null;
        if (declared == null || declared.isEmpty()) {
            declared = meta.get("og:url");
        }
        Optional<String> canonical = UrlCanonicalizer.canonicalize(declared);
        if (canonical.isEmpty()) {
            return null;
        }
        // Some sites name their home page as every page's canonical URL: not an article's address.
        boolean pointsHome = pathOf(canonical.get()).equals("/");
        boolean isHome = url == null || UrlCanonicalizer.canonicalize(url).map(PageMetadata::pathOf)
                .orElse("/").equals("/");
        return pointsHome && !isHome ? null : canonical.get();
    }

    private static String pathOf(String canonicalUrl) {
        int start = canonicalUrl.indexOf('/', canonicalUrl.indexOf("://") + 3);
        int end = canonicalUrl.indexOf('?', start);
        return end < 0 ? canonicalUrl.substring(start) : canonicalUrl.substring(start, end);
    }

    private static String language(Document document, MetaTags meta, JsonLd jsonLd) {
        Element html = document.selectFirst("html");
        List<String> candidates = new ArrayList<>();
        candidates.add(html != null ? html.attr("lang") : null);
        Element httpEquiv = document.selectFirst("meta[http-equiv=content-language]");
        candidates.add(httpEquiv != null ? httpEquiv.attr("content") : null);
        candidates.add(meta.get("og:locale"));
        candidates.add(jsonLd.inLanguage());
        for (String candidate : candidates) {
            Optional<String> tag = LanguageTags.normalize(candidate);
            if (tag.isPresent()) {
                return tag.get();
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
