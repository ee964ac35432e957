package org.parallax.feeds;

/**
 * Reads XML that is not well-formed (mismatched or missing end tags, stray "<", unquoted
 * attributes, content after the root) as far as it makes sense, into a {@link TreeBuilder}, which
 * repairs the nesting. It knows no DTD: a DOCTYPE is skipped and only the five XML entities and
 * numeric references are decoded ({@link XmlCleaner} has already rewritten the HTML ones).
 */
final class LenientXmlReader {
    private final String s;
    private final TreeBuilder builder;
    private int pos;
    private String[] attributes = new String[16];

    private LenientXmlReader(String s, TreeBuilder builder) {
        this.s = s;
        this.builder = builder;
    }

    static XmlElement read(String xml, TreeBuilder builder) {
        new LenientXmlReader(xml, builder).run();
        return builder.root();
    }

    private void run() {
        int n = s.length();
        while (pos < n) {
            int lt = s.indexOf('<', pos);
            if (lt < 0) {
                builder.text(XmlEntities.decode(s.substring(pos)));
                return;
            }
            if (lt > pos) {
                builder.text(XmlEntities.decode(s.substring(pos, lt)));
            }
            pos = lt;
            if (s.startsWith("<!--", pos)) {
                pos = after("-->", pos + 4);
            } else if (s.startsWith("<![CDATA[", pos)) {
                int end = s.indexOf("]]>", pos + 9);
                builder.text(s.substring(pos + 9, end < 0 ? n : end));
                pos = end < 0 ? n : end + 3;
            } else if (s.startsWith("<?", pos)) {
                int end = s.indexOf("?>", pos + 2);
                pos = end >= 0 ? end + 2 : after(">", pos + 2); // a broken declaration ends at its '>'
            } else if (s.startsWith("<!", pos)) {
                pos = after(">", pos + 2);
            } else if (s.startsWith("</", pos)) {
                int end = s.indexOf('>', pos);
                String name = s.substring(pos + 2, end < 0 ? n : end).strip();
                if (!name.isEmpty()) {
                    builder.end(name);
                }
                pos = end < 0 ? n : end + 1;
            } else if (pos + 1 < n && isNameStart(s.charAt(pos + 1))) {
                startTag();
            } else {
                builder.text("<");
                pos++;
            }
        }
    }

    private int after(String terminator, int from) {
        int end = s.indexOf(terminator, from);
        return end < 0 ? s.length() : end + terminator.length();
    }

    private void startTag() {
        int n = s.length();
        pos++;
        String name = name();
        int count = 0;
        boolean selfClosing = false;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '>') {
                pos++;
                break;
            }
            if (c == '/' && pos + 1 < n && s.charAt(pos + 1) == '>') {
                selfClosing = true;
                pos += 2;
                break;
            }
            if (c == '<') {
                break; // an unterminated tag: the next one starts here
            }
            if (!isNameStart(c)) {
                pos++;
                continue;
            }
            String attribute = name();
            String value = attributeValue();
            if (attributes.length < (count + 1) * 2) {
                attributes = java.util.Arrays.copyOf(attributes, attributes.length * 2);
            }
            attributes[2 * count] = attribute;
            attributes[2 * count + 1] = value;
            count++;
        }
        builder.start(name, attributes, count);
        if (selfClosing) {
            builder.end(name);
        }
    }

    private String name() {
        int start = pos;
        while (pos < s.length() && isNameChar(s.charAt(pos))) {
            pos++;
        }
        return s.substring(start, pos);
    }

    private String attributeValue() {
        int n = s.length();
        int at = pos;
        while (at < n && Character.isWhitespace(s.charAt(at))) {
            at++;
        }
        if (at >= n || s.charAt(at) != '=') {
            return ""; // a bare attribute
        }
        at++;
        while (at < n && Character.isWhitespace(s.charAt(at))) {
            at++;
        }
        if (at < n && (s.charAt(at) == '"' || s.charAt(at) == '\'')) {
            char quote = s.charAt(at);
            int end = s.indexOf(quote, at + 1);
            end = end < 0 ? n : end;
            pos = Math.min(n, end + 1);
            return XmlEntities.decode(s.substring(at + 1, end));
        }
        int end = at;
        while (end < n && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '>') {
            end++;
        }
        pos = end;
        return XmlEntities.decode(s.substring(at, end));
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == ':';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '-' || c == '.';
    }
}
