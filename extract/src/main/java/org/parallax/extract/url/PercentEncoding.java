package org.parallax.extract.url;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Percent-encoding normalisation for URL paths and queries. */
final class PercentEncoding {
    /** Characters a path may hold raw besides the unreserved ones. */
    static final String PATH = "/:@!$&'()*+,;=";
    /** Characters a query may hold raw besides the unreserved ones. */
    static final String QUERY = "/:@!$&'()*+,;=?";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /**
     * Upper-cases escapes, decodes escapes of unreserved characters, and encodes (as UTF-8)
     * every other character that may not appear raw. A stray "%" is encoded as "%25".
     */
    static String normalize(String text, String allowedRaw) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                int value = Integer.parseInt(text.substring(i + 1, i + 3), 16);
                if (isUnreserved((char) value)) {
                    out.append((char) value);
                } else {
                    appendEscape(out, value);
                }
                i += 3;
            } else if (isUnreserved(c) || (c < 0x80 && allowedRaw.indexOf(c) >= 0)) {
                out.append(c);
                i++;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    appendEscape(out, b & 0xFF);
                }
                i = end;
            }
        }
        return out.toString();
    }

    /** Decodes all escapes, for comparing names; malformed escapes stay as they are. */
    static String decodeForComparison(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
                i++;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void appendEscape(StringBuilder out, int value) {
        out.append('%').append(HEX[value >> 4]).append(HEX[value & 0xF]);
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
