package org.parallax.feeds;

/** Decodes the five XML entities and numeric character references; anything else stays as written. */
final class XmlEntities {
    private XmlEntities() {
    }

    static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, amp);
        int i = amp;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int semicolon = c == '&' ? text.indexOf(';', i + 1) : -1;
            if (semicolon < 0 || semicolon - i > 12) {
                out.append(c);
                i++;
                continue;
            }
            String name = text.substring(i + 1, semicolon);
            String value = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> numeric(name);
            };
            if (value == null) {
                out.append(c);
                i++;
            } else {
                out.append(value);
                i = semicolon + 1;
            }
        }
        return out.toString();
    }

    /**
     * What the C1 control characters U+0080 to U+009F stand for in feeds: windows-1252's characters
     * (U+0092 is the right single quotation mark), as browsers read them; unassigned ones stay.
     */
    private static final String C1 = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152"
            + "\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153"
            + "\u009D\u017E\u0178";

    /** The windows-1252 reading of a C1 control character (U+0080 to U+009F); any other character as it is. */
    static char windows1252(char c) {
        return c >= 0x80 && c <= 0x9F ? C1.charAt(c - 0x80) : c;
    }

    /**
     * Undoes a second level of escaping that publishers leave in identifiers and links
     * ("?a=1&amp;amp;b=2" read as "?a=1&amp;b=2"): entity references never belong in them.
     */
    static String unescapeLeftovers(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        return decode(text);
    }

    /** The character of "#123" or "#x7B", or null; illegal XML characters decode to nothing. */
    static String numeric(String name) {
        if (name.length() < 2 || name.charAt(0) != '#') {
            return null;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        String digits = name.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 8) {
            return null;
        }
        int codePoint;
        try {
            codePoint = Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return null;
        }
        if (codePoint >= 0x80 && codePoint <= 0x9F) {
            return String.valueOf(windows1252((char) codePoint));
        }
        return XmlCleaner.isLegal(codePoint) ? Character.toString(codePoint) : "";
    }
}
