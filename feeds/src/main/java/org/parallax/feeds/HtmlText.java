package org.parallax.feeds;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * The plain text of the HTML fragments feeds put in titles and descriptions: tags dropped
 * (block tags become spaces, script and style vanish with their content), entities decoded,
 * whitespace collapsed to single spaces. A scanner, not a parser: feeds carry millions of these
 * fragments, and they need words, not a tree.
 */
final class HtmlText {
    /** Tags whose start or end separates words. */
    private static final Set<String> BLOCK = Set.of("p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "td", "th", "table", "blockquote", "pre", "hr", "dd", "dt", "section", "article",
            "header", "footer", "figure", "figcaption", "img", "iframe", "video", "audio", "aside", "nav");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template");
    /** Tags that, in a field that may or may not be HTML, show that it is (with entities). */
    private static final Set<String> TELLING = Set.of("a", "abbr", "b", "big", "blockquote", "br", "cite", "code",
            "del", "div", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
            "mark", "ol", "p", "pre", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "table", "tt",
            "u", "ul", "wbr", "figure", "figcaption", "iframe", "script", "style", "video");

    private HtmlText() {
    }

    /** The text of an HTML fragment, on one line. */
    static String plain(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return oneLine(html);
        }
        StringBuilder text = new StringBuilder(html.length());
        int n = html.length();
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                text.append(html, i, n);
                break;
            }
            char next = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                text.append(html, i, lt);
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
            } else if (isAsciiLetter(next) || next == '/' || next == '!' || next == '?') {
                text.append(html, i, lt);
                String name = tagName(html, lt + 1);
                if (BLOCK.contains(name)) {
                    text.append(' ');
                }
                i = tagEnd(html, lt + 1);
                if (next != '/' && INVISIBLE.contains(name)) {
                    int close = endTag(html, name, i);
                    i = close < 0 ? n : tagEnd(html, close + 1);
                }
            } else {
                text.append(html, i, lt + 1); // a '<' that starts no tag is text
                i = lt + 1;
            }
        }
        String stripped = text.toString();
        return oneLine(stripped.indexOf('&') < 0 ? stripped : Entities.unescape(stripped));
    }

    /**
     * Whitespace runs (no-break, zero-width and BOM included) as single spaces, ends stripped: what
     * {@link org.parallax.extract.text.PlainText#oneLine} does, in one pass without a regular expression.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        if (isOneLine(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the text has no whitespace but single plain spaces between words. */
    private static boolean isOneLine(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (isSpace(text.charAt(0)) || isSpace(text.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || isSpace(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        return c >= 0x80 && (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '\u200B' || c == '\uFEFF');
    }

    /**
     * The text of a field that may be plain or HTML (RSS titles, authors): read as HTML only when
     * it holds a common HTML tag or a character reference, so "Fish &amp; Chips &lt;3" stays as written.
     */
    static String plainIfMarkup(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return looksLikeHtml(text) ? plain(text) : oneLine(text);
    }

    static boolean looksLikeHtml(String text) {
        int n = text.length();
        for (int i = text.indexOf('<'); i >= 0 && i + 1 < n; i = text.indexOf('<', i + 1)) {
            int start = text.charAt(i + 1) == '/' ? i + 2 : i + 1;
            int end = start;
            while (end < n && (isAsciiLetter(text.charAt(end)) || (end > start && isDigit(text.charAt(end))))) {
                end++;
            }
            if (end > start && end < n && (text.charAt(end) == '>' || text.charAt(end) == '/'
                    || Character.isWhitespace(text.charAt(end)))
                    && TELLING.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
            int semicolon = text.indexOf(';', i);
            if (semicolon > i + 1 && semicolon - i <= 12) {
                String name = text.substring(i + 1, semicolon);
                if (name.charAt(0) == '#' ? XmlEntities.numeric(name) != null : Entities.isNamedEntity(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** HTML-escapes text (for text content offered as HTML, and for serialising markup). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeTo(text, out);
        return out.toString();
    }

    static void escapeTo(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    /** The index of the end tag of the named element from {@code from} on, any case; -1 when none. */
    private static int endTag(String html, String name, int from) {
        for (int lt = html.indexOf("</", from); lt >= 0; lt = html.indexOf("</", lt + 2)) {
            if (html.regionMatches(true, lt + 2, name, 0, name.length())) {
                return lt;
            }
        }
        return -1;
    }

    private static int tagEnd(String html, int from) {
        int end = markupEnd(html, from, false);
        if (end >= 0) {
            return end;
        }
        // An unbalanced quote: end the tag at the first '>' instead of swallowing the rest.
        int close = html.indexOf('>', from);
        return close < 0 ? html.length() : close + 1;
    }

    /**
     * The index after the "&gt;" that closes a tag or declaration begun before {@code from}: the first
     * one outside quoted strings (and, with {@code subset}, outside a DOCTYPE's [ internal subset ]);
     * -1 when there is none.
     */
    static int markupEnd(String s, int from, boolean subset) {
        int depth = 0;
        char quote = 0;
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (subset && c == '[') {
                depth++;
            } else if (subset && c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '>' && depth == 0) {
                return j + 1;
            }
        }
        return -1;
    }

    private static String tagName(String html, int from) {
        int start = html.charAt(from) == '/' ? from + 1 : from;
        int end = start;
        while (end < html.length() && (isAsciiLetter(html.charAt(end)) || isDigit(html.charAt(end)))) {
            end++;
        }
        return html.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
