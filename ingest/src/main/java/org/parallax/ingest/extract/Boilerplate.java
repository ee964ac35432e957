package org.parallax.ingest.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Recognises page furniture (navigation, sharing, ads, comments...) by tag, role, class and id. */
final class Boilerplate {
    /** Never content, whatever they contain. */
    static final String NEVER_CONTENT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "video, audio, select, textarea, input, button, dialog, link, meta";

    /** Hidden from readers by the page itself (a stylesheet may hide more: that is not seen here). */
    static final String HIDDEN = "[hidden], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";

    /** Usually furniture; removed unless they hold most of the page's paragraph text. */
    static final String FURNITURE = "nav, header, footer, aside, form, menu, figure, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
            + "[aria-hidden=true], " + HIDDEN;

    private static final Set<String> WORDS = Set.of(
            "share", "sharing", "social", "related", "newsletter", "newsletters", "comment", "comments",
            "promo", "promotion", "promoted", "ad", "ads", "advert", "adverts", "advertisement", "advertising",
            "cookie", "cookies", "consent", "gdpr", "subscribe", "subscription", "signup", "paywall", "sidebar",
            "breadcrumb", "breadcrumbs", "popup", "modal", "recommended", "recommendations", "outbrain",
            "taboola", "sponsored", "sponsor", "footer", "nav", "navbar", "navigation", "menu", "masthead",
            "toolbar", "disqus", "trending", "mostread", "byline", "caption", "tags", "author", "bio");

    private static final int MAX_NOTICE_CHARS = 200;
    private static final Pattern RIGHTS_RESERVED = Pattern.compile("all rights reserved|alle rechte vorbehalten"
            + "|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados"
            + "|alle rechten voorbehouden|wszelkie prawa zastrzeżone|все права защищены");
    private static final Pattern COPYRIGHT_LINE = Pattern.compile("^(©|\\(c\\)|copyright)\\s*(©\\s*)?\\d{4}");

    // Splits "article__share-tools" and "shareButtons" into words.
    private static final Pattern WORD_BOUNDARY = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");

    private Boilerplate() {
    }

    /** Whether the element's class or id names it as furniture. */
    static boolean isNamedFurniture(Element element) {
        String names = element.className() + " " + element.id();
        if (names.isBlank()) {
            return false;
        }
        for (String word : WORD_BOUNDARY.split(names)) {
            if (WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a short block of text is a stock phrase of page furniture ("Advertisement", "© 2024 ..."). */
    static boolean isStockPhrase(String text) {
        String line = text.strip().toLowerCase(Locale.ROOT);
        if (line.length() < MAX_NOTICE_CHARS && (RIGHTS_RESERVED.matcher(line).find() || COPYRIGHT_LINE.matcher(line).find())) {
            return true;
        }
        return line.length() < 40 && (line.equals("advertisement") || line.equals("ad") || line.startsWith("read more")
                || line.startsWith("continue reading") || line.startsWith("share this") || line.startsWith("related:")
                || line.equals("share") || line.startsWith("sign up") || line.startsWith("subscribe")
                || line.startsWith("click here") || line.equals("story continues below advertisement"));
    }
}
