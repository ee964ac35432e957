package org.parallax.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.parallax.extract.text.PlainText;

/**
 * The article's authors: schema.org authors, else the author meta tags, else author markup
 * (rel=author, itemprop=author, a "byline" class), else a "By Jane Doe" line in the page.
 */
final class Byline {
    private static final int MAX_BYLINE = 200;
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)by\\s+");
    /** "By Jane Doe", "BY JANE DOE AND TOM OKAFOR", "By Ana de la Cruz, Staff Writer" (the name only). */
    private static final Pattern WRITTEN = Pattern.compile("^\\s*(?:By|BY)\\s+(\\p{Lu}[\\p{L}'’.-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|la|del|van|von|der|da|and|AND|&)){1,6})");
    private static final int MAX_TEXT_NODES = 3000;
    private static final int MAX_LINE = 120;

    private Byline() {
    }

    static String read(Document document, MetaTags meta, JsonLd jsonLd) {
        List<String> names = new ArrayList<>(jsonLd.authors());
        if (names.isEmpty()) {
            for (String name : List.of("author", "article:author", "byl", "parsely-author", "dc.creator")) {
                String value = meta.get(name);
                if (value != null) {
                    names.add(value);
                    break;
                }
            }
        }
        if (names.stream().allMatch(Byline::isUrl)) {
            names.clear();
            for (Element link : document.select("a[rel=author], [itemprop=author] [itemprop=name], "
                    + "[itemprop=author]:not(:has([itemprop=name]))")) {
                names.add(link.text());
            }
        }
        if (names.isEmpty()) {
            Element byline = document.selectFirst(".byline, [class*=byline], [class*=author-name]");
            if (byline != null) {
                names.add(byline.text());
            }
        }
        if (names.isEmpty()) {
            written(document).ifPresent(names::add);
        }
        Set<String> cleaned = new LinkedHashSet<>();
        for (String name : names) {
            String line = BY_PREFIX.matcher(PlainText.oneLine(name)).replaceFirst("");
            if (!line.isEmpty() && !isUrl(line)) {
                cleaned.add(line);
            }
        }
        String byline = String.join(", ", cleaned);
        return byline.isEmpty() || byline.length() > MAX_BYLINE ? null : byline;
    }

    /** The first short "By Jane Doe" text in the page, among its first text nodes. */
    private static Optional<String> written(Document document) {
        Element body = document.body();
        if (body == null) {
            return Optional.empty();
        }
        String[] found = new String[1];
        int[] seen = new int[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (found[0] != null || seen[0]++ > MAX_TEXT_NODES) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode text && text.getWholeText().length() < MAX_LINE) {
                    Matcher matcher = WRITTEN.matcher(text.getWholeText());
                    if (matcher.find()) {
                        found[0] = matcher.group(1);
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return Optional.ofNullable(found[0]);
    }

    private static boolean isUrl(String value) {
        return value.startsWith("http://") || value.startsWith("https://") || value.startsWith("/");
    }
}
