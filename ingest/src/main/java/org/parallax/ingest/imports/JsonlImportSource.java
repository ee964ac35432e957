package org.parallax.ingest.imports;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.zip.ZipException;

/** Reads a JSON Lines import file, plain or gzip-compressed, one line at a time. */
final class JsonlImportSource extends FileImportSource {
    /** Longer lines are skipped unread: no article needs more, and memory stays bounded. */
    static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

    private final InputStream in;
    private final LineReader lines;
    private final JsonlLineParser parser;
    private final Deque<ImportItem> pending = new ArrayDeque<>();
    private boolean ended;

    /**
     * @param in      the file's lines, decompressed
     * @param counted the file's bytes as read from disk, for {@link #position()}
     */
    JsonlImportSource(Path file, InputStream in, CountingInputStream counted, long size) {
        super(file, counted, size);
        this.in = in;
        this.lines = new LineReader(in, MAX_LINE_BYTES);
        this.parser = new JsonlLineParser(fileName);
    }

    @Override
    public Optional<ImportItem> next() throws IOException {
        while (pending.isEmpty() && !ended) {
            Optional<LineReader.Line> line;
            try {
                line = lines.next();
            } catch (EOFException | ZipException e) {
                // A cut-off or damaged gzip stream: report it once and stop, as with WARC files.
                ended = true;
                return Optional.of(new ImportItem.Skipped(fileName + " line " + (lines.lineNumber() + 1),
                        "the compressed file is truncated or corrupt (" + e.getMessage() + "); reading stopped"));
            }
            if (line.isEmpty()) {
                ended = true;
            } else {
                pending.addAll(parser.parse(line.get()));
            }
        }
        return Optional.ofNullable(pending.poll());
    }

    @Override
    void closeReader() throws IOException {
        in.close();
    }
}
