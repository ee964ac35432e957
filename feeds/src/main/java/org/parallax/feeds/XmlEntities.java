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
        return XmlCleaner.isLegal(codePoint) ? Character.toString(codePoint) : "";
    }
}
