package org.parallax.feeds;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a feed body into text, and says how it chose the charset, in this order:
 * <ol>
 * <li>a byte-order mark (UTF-8, UTF-16, UTF-32), or the UTF-16 byte pattern of {@code <} without one;
 * <li>the HTTP charset, then the XML declaration's encoding, when they name a charset Java knows;
 *     a Latin-1 HTTP charset (a server's default) gives way to a declaration that names another;
 * <li>detection: valid UTF-8 is UTF-8; otherwise UTF-8 with the bad bytes replaced when the body
 *     has more valid multi-byte sequences than bad bytes, else windows-1252.
 * </ol>
 * One piece of evidence overrides a label, and says so: bytes that are valid UTF-8 with multi-byte
 * sequences are UTF-8 even when labelled with a single-byte charset (a wrong "ISO-8859-1" label is
 * common, a single-byte text that happens to be valid UTF-8 vanishingly rare); a label naming a
 * Unicode charset that the bytes refute is set aside. A label naming no known charset is recorded
 * as unknown, never read as another. Undecodable bytes become U+FFFD; decoding never fails.
 * Latin-1 labels mean windows-1252, as in browsers.
 */
final class FeedCharset {
    private static final int DECLARATION_BYTES = 1024;
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");
    private static final Pattern HTTP_CHARSET =
            Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The text, and how its charset was chosen ("windows-1251 (HTTP header)", "utf-8 (byte-order
     * mark)", "windows-1252 (detected; the label 'x-foo' names no known charset)").
     */
    record Decoded(String text, String encoding) {
    }

    private FeedCharset() {
    }

    static Decoded decode(byte[] body, String contentType) {
        int n = body.length;
        int b0 = n > 0 ? body[0] & 0xFF : -1;
        int b1 = n > 1 ? body[1] & 0xFF : -1;
        int b2 = n > 2 ? body[2] & 0xFF : -1;
        int b3 = n > 3 ? body[3] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return decode(body, 3, StandardCharsets.UTF_8, "byte-order mark");
        }
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return decode(body, 4, Charset.forName("UTF-32BE"), "byte-order mark");
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return decode(body, 4, Charset.forName("UTF-32LE"), "byte-order mark");
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return decode(body, 2, StandardCharsets.UTF_16BE, "byte-order mark");
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return decode(body, 2, StandardCharsets.UTF_16LE, "byte-order mark");
        }
        if (b0 == 0 && b1 == '<') {
            return decode(body, 0, StandardCharsets.UTF_16BE, "byte pattern of '<'");
        }
        if (b0 == '<' && b1 == 0) {
            return decode(body, 0, StandardCharsets.UTF_16LE, "byte pattern of '<'");
        }
        Utf8Scan scan = Utf8Scan.of(body);
        String httpLabel = httpCharset(contentType);
        String declaredLabel = declaredEncoding(body);
        Charset http = known(httpLabel);
        Charset declared = known(declaredLabel);
        StringBuilder notes = new StringBuilder();
        unknown(httpLabel, http, "HTTP header", notes);
        unknown(declaredLabel, declared, "XML declaration", notes);
        if (http != null && declared != null && http.equals(WINDOWS_1252) && !declared.equals(WINDOWS_1252)) {
            http = null; // a server's Latin-1 default: the document knows better
            notes.append("; the HTTP header's ").append(httpLabel).append(" is taken for a server default");
        }
        Charset label = http != null ? http : declared;
        String source = http != null ? "HTTP header" : "XML declaration";
        if (label != null) {
            boolean unicode = label.name().startsWith("UTF-");
            if (scan.invalid() == 0 && scan.multiByte() > 0 && !unicode) {
                return decode(body, 0, StandardCharsets.UTF_8, "the bytes are valid UTF-8; the " + source
                        + "'s " + label.name().toLowerCase(Locale.ROOT) + " does not fit them" + notes);
            }
            if (!unicode || (label.equals(StandardCharsets.UTF_8) && scan.invalid() == 0)) {
                return decode(body, 0, label, source + notes);
            }
            notes.append("; the ").append(source).append("'s ").append(label.name().toLowerCase(Locale.ROOT))
                    .append(" does not fit the bytes");
        }
        if (scan.invalid() == 0) {
            return decode(body, 0, StandardCharsets.UTF_8, "detected: valid UTF-8" + notes);
        }
        if (scan.multiByte() > scan.invalid()) {
            return decode(body, 0, StandardCharsets.UTF_8, "detected: UTF-8 with " + scan.invalid()
                    + " invalid bytes replaced" + notes);
        }
        return decode(body, 0, WINDOWS_1252, "detected: not UTF-8, read as the commonest single-byte charset" + notes);
    }

    private static void unknown(String label, Charset charset, String source, StringBuilder notes) {
        if (label != null && charset == null) {
            notes.append("; the ").append(source).append("'s charset '").append(label).append("' is not known");
        }
    }

    static String httpCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher matcher = HTTP_CHARSET.matcher(contentType);
        return matcher.find() ? matcher.group(1) : null;
    }

    static String declaredEncoding(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = XML_ENCODING.matcher(head);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The charset a label names (Latin-1 and ASCII labels as windows-1252), or null when Java knows none by it. */
    private static Charset known(String label) {
        if (label == null) {
            return null;
        }
        String key = label.strip().toLowerCase(Locale.ROOT);
        switch (key) {
            case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252" -> {
                return WINDOWS_1252;
            }
            default -> {
                // fall through to the lookup
            }
        }
        try {
            return Charset.forName(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Decoded decode(byte[] body, int offset, Charset charset, String how) {
        return new Decoded(decode(body, offset, charset), charset.name().toLowerCase(Locale.ROOT) + " (" + how + ")");
    }

    private static String decode(byte[] body, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(body, offset, body.length - offset)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // Cannot happen with REPLACE; decode leniently anyway.
            return new String(body, offset, body.length - offset, charset);
        }
    }

    /** Counts of well-formed multi-byte sequences and of invalid bytes, in one pass. */
    record Utf8Scan(int multiByte, int invalid) {
        static Utf8Scan of(byte[] bytes) {
            int multiByte = 0;
            int invalid = 0;
            int i = 0;
            int n = bytes.length;
            while (i < n) {
                int b = bytes[i];
                if (b >= 0) {
                    i++;
                    continue;
                }
                int lead = b & 0xFF;
                int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                        : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
                if (length == 0 || i + length > n || !continuation(bytes, i, length, lead)) {
                    invalid++;
                    i++;
                } else {
                    multiByte++;
                    i += length;
                }
            }
            return new Utf8Scan(multiByte, invalid);
        }

        private static boolean continuation(byte[] bytes, int i, int length, int lead) {
            int second = bytes[i + 1] & 0xFF;
            // Overlong forms, surrogates and code points above U+10FFFF are invalid.
            if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
                    || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F)) {
                return false;
            }
            for (int k = 1; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            return true;
        }
    }
}
