package org.parallax.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page: by byte-order mark, else the charset the HTTP header
 * declared, else a {@code <meta charset>} near the top, else UTF-8.
 */
public final class HtmlDecoder {
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    /**
     * @param declaredCharset the charset parameter of the Content-Type header, or null
     */
    public static String decode(byte[] bytes, int length, String declaredCharset) {
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, length - 3, StandardCharsets.UTF_8);
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE);
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = charset(declaredCharset).or(() -> sniff(bytes, length)).orElse(StandardCharsets.UTF_8);
        return new String(bytes, 0, length, charset);
    }

    private static Optional<Charset> sniff(byte[] bytes, int length) {
        String head = new String(bytes, 0, Math.min(length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return charset(matcher.group(1)).map(c -> c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c);
    }

    private static Optional<Charset> charset(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        // As browsers do (WHATWG Encoding): Latin-1 labels mean windows-1252, and UTF-16 in a meta tag is a lie.
        if (key.equals("iso-8859-1") || key.equals("latin1") || key.equals("us-ascii") || key.equals("ascii")) {
            key = "windows-1252";
        }
        try {
            return Charset.isSupported(key) ? Optional.of(Charset.forName(key)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
