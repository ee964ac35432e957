package org.parallax.feeds;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * A text field as a feed wrote it: plain text, or HTML. Reads Atom text constructs (type text,
 * html, xhtml and MIME types; Atom 0.3's escaped, xml and base64 modes).
 */
record TextValue(String value, boolean html) {
    static final TextValue EMPTY = new TextValue("", false);

    String plain() {
        return html ? HtmlText.plain(value) : HtmlText.oneLine(value);
    }

    String asHtml() {
        return html ? value : HtmlText.escape(value);
    }

    boolean isEmpty() {
        return value.isBlank();
    }

    /** An Atom text construct or content element; null stays EMPTY. */
    static TextValue atom(XmlElement element) {
        if (element == null) {
            return EMPTY;
        }
        String type = lower(element.attribute("type"));
        String mode = lower(element.attribute("mode"));
        if (type.equals("xhtml") || type.equals("application/xhtml+xml")) {
            return new TextValue(xhtml(element), true);
        }
        boolean htmlType = type.equals("html") || type.equals("text/html");
        boolean textType = type.isEmpty() || type.equals("text") || type.equals("text/plain");
        boolean base64 = mode.equals("base64") || (!htmlType && !textType && !type.startsWith("text/") && !isXml(type));
        if (base64) {
            return new TextValue(decodeBase64(element.text()), htmlType);
        }
        if (element.hasElements()) {
            return new TextValue(element.markup(), true); // naked markup
        }
        return new TextValue(element.text(), htmlType);
    }

    /** The inner markup of an XHTML construct, without its wrapping div. */
    private static String xhtml(XmlElement element) {
        XmlElement div = null;
        for (XmlElement child : element.elements()) {
            if (div != null) {
                return element.innerXml(); // more than one child element: no single wrapper
            }
            div = child;
        }
        return div != null && div.name.equals("div") ? div.innerXml() : element.innerXml();
    }

    private static boolean isXml(String type) {
        return type.endsWith("+xml") || type.endsWith("/xml");
    }

    /** The decoded text, or the text as written when it is not base64 of UTF-8 text. */
    private static String decodeBase64(String text) {
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(text.strip());
            return FeedCharset.Utf8Scan.of(bytes).invalid() == 0 ? new String(bytes, StandardCharsets.UTF_8) : text;
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
