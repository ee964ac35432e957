package org.parallax.feeds;

import org.jsoup.nodes.Entities;

/**
 * Repairs, in one pass, the faults that make real feeds fail a strict XML parser while their
 * meaning is clear, so that most broken feeds still take the fast strict path:
 * <ul>
 * <li>characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF) are removed;
 *     C1 control characters, raw or as references ("&amp;#146;"), become the windows-1252
 *     characters they stand for in feeds (U+0092 is "’");
 * <li>a bare "&amp;" ("Fish &amp; Chips", "?a=1&amp;b=2") is escaped; HTML entities ("&amp;eacute;",
 *     "&amp;nbsp;") become numeric references; unknown entity names are kept as literal text,
 *     never expanded; numeric references to forbidden characters are removed;
 * <li>a "&lt;" that cannot start a tag ("a &lt; b", "&lt;3") is escaped;
 * <li>the DOCTYPE is removed, internal subset and all: no feed needs it, and it is where entity
 *     bombs and external entities live.
 * </ul>
 * CDATA sections, comments and processing instructions are left as they are (but for forbidden
 * characters). When nothing needs repair the input string itself is returned.
 */
final class XmlCleaner {
    private final String s;
    private StringBuilder out;
    private int copied;

    private XmlCleaner(String s, int start) {
        this.s = s;
        this.copied = start;
        if (start > 0) {
            out = new StringBuilder(s.length() - start + 64);
        }
    }

    /** The text from {@code start}, repaired. */
    static String clean(String text, int start) {
        return new XmlCleaner(text, start).run(start);
    }

    static boolean isLegal(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private String run(int start) {
        int n = s.length();
        int i = start;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<') {
                i = markup(i);
            } else if (c == '&') {
                i = reference(i);
            } else if (c < 0x20 || c >= 0xD800) {
                i = checkCharacter(i);
            } else if (c >= 0x80 && c <= 0x9F) {
                replace(i, i + 1, String.valueOf(XmlEntities.windows1252(c))); // U+0092 is a quotation mark
                i++;
            } else {
                i++;
            }
        }
        if (out == null) {
            return s;
        }
        out.append(s, copied, n);
        return out.toString();
    }

    private void replace(int from, int to, String replacement) {
        if (out == null) {
            out = new StringBuilder(s.length() + 64);
        }
        out.append(s, copied, from).append(replacement);
        copied = to;
    }

    /** Advances past one character, removing it when XML forbids it. */
    private int checkCharacter(int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            return i + 2;
        }
        if (!isLegal(c) || Character.isSurrogate(c)) {
            replace(i, i + 1, "");
        }
        return i + 1;
    }

    private int markup(int i) {
        if (s.startsWith("<![CDATA[", i)) {
            return verbatim(i, "]]>");
        }
        if (s.startsWith("<!--", i)) {
            return verbatim(i, "-->");
        }
        if (s.startsWith("<?", i)) {
            return verbatim(i, "?>");
        }
        if (s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
            int end = doctypeEnd(i + 9);
            replace(i, end, "");
            return end;
        }
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        if (Character.isWhitespace(next) || FeedDates.isDigit(next) || next == '=' || next == '<') {
            replace(i, i + 1, "&lt;");
        }
        return i + 1;
    }

    /** Skips to after the terminator, removing only forbidden characters on the way. */
    private int verbatim(int i, String terminator) {
        int end = s.indexOf(terminator, i);
        end = end < 0 ? s.length() : end + terminator.length();
        int j = i;
        while (j < end) {
            char c = s.charAt(j);
            j = c < 0x20 || c >= 0xD800 ? checkCharacter(j) : j + 1;
        }
        return end;
    }

    /** The index after the DOCTYPE's closing "&gt;", past quoted strings and the [ internal subset ]. */
    private int doctypeEnd(int from) {
        int end = HtmlText.markupEnd(s, from, true);
        return end < 0 ? s.length() : end;
    }

    private int reference(int i) {
        int n = s.length();
        int j = i + 1;
        if (j < n && s.charAt(j) == '#') {
            int end = j + 1;
            while (end < n && end - j <= 10 && Character.isLetterOrDigit(s.charAt(end))) {
                end++;
            }
            if (end < n && s.charAt(end) == ';') {
                String value = XmlEntities.numeric(s.substring(j, end));
                if (value == null) {
                    replace(i, i + 1, "&amp;");
                } else if (value.isEmpty()) {
                    replace(i, end + 1, "");
                } else if (isC1(codePoint(s, j, end))) {
                    replace(i, end + 1, "&#" + (int) value.charAt(0) + ";"); // "&#146;": windows-1252's quotation mark
                }
                return end + 1;
            }
            replace(i, i + 1, "&amp;");
            return i + 1;
        }
        int end = j;
        while (end < n && end - j < 32 && (Character.isLetterOrDigit(s.charAt(end)))) {
            end++;
        }
        if (end == j || end >= n || s.charAt(end) != ';') {
            replace(i, i + 1, "&amp;");
            return i + 1;
        }
        String name = s.substring(j, end);
        switch (name) {
            case "amp", "lt", "gt", "quot", "apos" -> {
                return end + 1;
            }
            default -> {
                String html = Entities.getByName(name);
                replace(i, html.isEmpty() ? i + 1 : end + 1, html.isEmpty() ? "&amp;" : numericReferences(html));
                return end + 1;
            }
        }
    }

    private static boolean isC1(int codePoint) {
        return codePoint >= 0x80 && codePoint <= 0x9F;
    }

    /** The code point a numeric reference "#146" or "#x92" names, or -1. */
    private static int codePoint(String s, int hash, int end) {
        boolean hex = end > hash + 1 && (s.charAt(hash + 1) == 'x' || s.charAt(hash + 1) == 'X');
        try {
            return Integer.parseInt(s.substring(hash + (hex ? 2 : 1), end), hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String numericReferences(String text) {
        StringBuilder refs = new StringBuilder(12);
        text.codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
        return refs.toString();
    }
}
