package org.parallax.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises page furniture by tag, ARIA role and visibility, and the stock phrases furniture leaves
 * in the text; {@link FurnitureNames} reads class and id names.
 */
final class Boilerplate {
    /** Never content, whatever they contain. */
    static final String NEVER_CONTENT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "video, audio, select, textarea, input, button, dialog, link, meta";

    /** Usually furniture, by tag or ARIA role; removed unless they hold most of the page's paragraph text. */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "header", "footer", "aside", "form", "menu",
            "figure");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "dialog");

    private static final int MAX_NOTICE_CHARS = 200;
    private static final int MAX_PHRASE_CHARS = 60;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.:!…>»]+$");
    /** Lines of page furniture left inside articles: ad labels, widget titles, script fallbacks. */
    private static final Set<String> STOCK_LINES = Set.of("advertisement", "advert", "ad", "ads", "sponsored",
            "sponsored content", "share", "share this", "print", "email", "comments", "comment", "leave a comment",
            "leave a reply", "story continues below advertisement", "article continues below advertisement",
            "skip advertisement", "scroll to continue with content", "this slideshow requires javascript",
            "loading", "caption", "close", "toggle caption", "hide caption", "enlarge this image", "click to enlarge", "image caption",
            "media caption", "related", "related articles", "related stories", "related content", "you may also like",
            "more on this story", "most popular", "most read", "recommended", "top stories", "trending",
            "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "publicidade", "advertentie", "reklama",
            "реклама");
    private static final List<String> STOCK_STARTS = List.of("read more", "continue reading", "share this",
            "related:", "sign up", "subscribe", "click here", "like this story", "follow us on", "share on ",
            "tell us what you think", "read next", "photo:", "image:", "credit:", "foto:", "bild:", "lesen sie auch", "weiterlesen", "mehr zum thema", "lire aussi",
            "lire la suite", "leer más", "lee también", "leia também", "leggi anche", "читайте также");
    private static final Pattern RIGHTS_RESERVED = Pattern.compile("all rights reserved|alle rechte vorbehalten"
            + "|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados"
            + "|alle rechten voorbehouden|wszelkie prawa zastrzeżone|все права защищены");
    private static final Pattern COPYRIGHT_LINE = Pattern.compile("^(©|\\(c\\)|copyright)\\s*(©\\s*)?\\d{4}");

    private Boilerplate() {
    }

    /** Furniture by tag, role or visibility: nav, header, footer, aside, form, menu, figure, hidden. */
    static boolean isFurniture(Element element) {
        return FURNITURE_TAGS.contains(element.normalName())
                || FURNITURE_ROLES.contains(element.attr("role").strip().toLowerCase(Locale.ROOT))
                || element.attr("aria-hidden").equalsIgnoreCase("true") || isHidden(element);
    }

    /** Hidden from readers by the page itself (a stylesheet may hide more: that is not seen here). */
    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden")) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        StringBuilder compact = new StringBuilder(style.length());
        for (int i = 0; i < style.length(); i++) {
            char c = style.charAt(i);
            if (!Character.isWhitespace(c)) {
                compact.append(Character.toLowerCase(c));
            }
        }
        return compact.indexOf("display:none") >= 0 || compact.indexOf("visibility:hidden") >= 0;
    }

    /** Whether a short block of text is a stock phrase of page furniture ("Advertisement", "© 2024 ..."). */
    static boolean isStockPhrase(String text) {
        String line = text.strip().toLowerCase(Locale.ROOT);
        if (line.length() < MAX_NOTICE_CHARS && (RIGHTS_RESERVED.matcher(line).find() || COPYRIGHT_LINE.matcher(line).find())) {
            return true;
        }
        if (line.length() >= MAX_PHRASE_CHARS) {
            return false;
        }
        String phrase = TRAILING_PUNCTUATION.matcher(line).replaceFirst("");
        if (STOCK_LINES.contains(phrase)) {
            return true;
        }
        for (String start : STOCK_STARTS) {
            if (phrase.startsWith(start)) {
                return true;
            }
        }
        return false;
    }
}
