package org.parallax.ingest.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opens import files. */
public final class ImportSources {
    private static final int BUFFER_BYTES = 64 * 1024;

    private ImportSources() {
    }

    /**
     * Picks the reader from the file name: .jsonl, .ndjson (optionally .gz) are JSON Lines,
     * .warc and .warc.gz are web archives. The format is described in IMPORT-FORMAT.md.
     *
     * @throws IOException with a message fit for the user when the file is missing, unreadable,
     *                     of an unknown type, or named .gz without being gzip-compressed
     */
    public static ImportSource open(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("No such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("Not a regular file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new IOException("Cannot read " + file + ": permission denied");
        }
        ImportFileType type = ImportFileType.of(file).orElseThrow(() -> new IOException(
                "Unknown import file type: " + file.getFileName() + " (expected " + ImportFileType.KNOWN_ENDINGS + ")"));
        long size = Files.size(file);
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
        try {
            return switch (type) {
                case JSONL -> new JsonlImportSource(file, counted, counted, size);
                // An empty file holds no lines, compressed or not.
                case JSONL_GZIP -> new JsonlImportSource(file, size == 0 ? counted : gunzip(file, counted), counted,
                        size);
                case WARC -> new WarcImportSource(file, counted, size);
            };
        } catch (IOException | RuntimeException e) {
            counted.close();
            throw e;
        }
    }

    private static InputStream gunzip(Path file, InputStream in) throws IOException {
        try {
            return new GZIPInputStream(new BufferedInputStream(in, BUFFER_BYTES), BUFFER_BYTES);
        } catch (ZipException e) {
            throw new IOException(file.getFileName() + " is named .gz but is not gzip-compressed", e);
        }
    }
}
