package org.parallax.extract;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads saved HTML pages, plain or gzip-compressed (recognised by content, not by name). */
public final class HtmlFiles {
    /** Larger pages (after decompression) are refused: article pages are far smaller. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private HtmlFiles() {
    }

    /** The page's text, decoded as {@link HtmlDecoder} does. */
    public static String read(Path file) throws IOException {
        try (InputStream in = open(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            return HtmlDecoder.decode(bytes, bytes.length, null);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        try {
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            return gzip ? new GZIPInputStream(in) : in;
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }
}
