package org.parallax.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes the Content-Encoding of a body (gzip, deflate; several layers), never producing more
 * than a limit: a small compressed body that would inflate to gigabytes stops at the limit.
 */
final class ContentDecoding {

    /** The decoded body would be larger than the limit. */
    static final class DecodedTooLarge extends IOException {
        DecodedTooLarge(int limit) {
            super("decompressed body larger than " + limit + " bytes");
        }
    }

    /** At most this many encodings are undone: more is not a real server. */
    private static final int MAX_LAYERS = 2;

    private ContentDecoding() {
    }

    /**
     * @param contentEncoding the Content-Encoding header, or null
     * @throws IOException for an unknown encoding or a corrupt body; {@link DecodedTooLarge} beyond the limit
     */
    static byte[] decode(byte[] body, String contentEncoding, int limit) throws IOException {
        List<String> encodings = encodings(contentEncoding);
        if (encodings.size() > MAX_LAYERS) {
            throw new IOException("too many content encodings: " + contentEncoding);
        }
        byte[] data = body;
        // Encodings are listed in the order they were applied: undo them from the last.
        for (int i = encodings.size() - 1; i >= 0; i--) {
            data = switch (encodings.get(i)) {
                case "gzip", "x-gzip" -> inflate(new GZIPInputStream(new ByteArrayInputStream(data)), limit);
                case "deflate" -> deflate(data, limit);
                default -> throw new IOException("unsupported content encoding: " + encodings.get(i));
            };
        }
        if (data.length > limit) {
            throw new DecodedTooLarge(limit);
        }
        return data;
    }

    private static List<String> encodings(String header) {
        List<String> encodings = new ArrayList<>();
        if (header == null) {
            return encodings;
        }
        for (String part : header.split(",")) {
            String encoding = part.strip().toLowerCase(Locale.ROOT);
            if (!encoding.isEmpty() && !encoding.equals("identity")) {
                encodings.add(encoding);
            }
        }
        return encodings;
    }

    /** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: browsers accept both. */
    private static byte[] deflate(byte[] data, int limit) throws IOException {
        try {
            return inflate(new InflaterInputStream(new ByteArrayInputStream(data), new Inflater(false)), limit);
        } catch (ZipException e) {
            return inflate(new InflaterInputStream(new ByteArrayInputStream(data), new Inflater(true)), limit);
        }
    }

    private static byte[] inflate(InputStream in, int limit) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[16 * 1024];
            int read;
            while ((read = in.read(chunk)) > 0) {
                if ((long) out.size() + read > limit) {
                    throw new DecodedTooLarge(limit);
                }
                out.write(chunk, 0, read);
            }
            return out.toByteArray();
        }
    }
}
