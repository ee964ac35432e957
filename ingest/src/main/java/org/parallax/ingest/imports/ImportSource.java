package org.parallax.ingest.imports;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads the items of one import file one at a time, so that files of many gigabytes stream.
 * Problems with the content (a malformed line, a page that is no article, a file cut short)
 * come back as {@link ImportItem.Skipped} items; only failures to read the file at all throw.
 * Not thread-safe, except that {@link #position()} may be polled from another thread.
 */
public interface ImportSource extends AutoCloseable {
    /** The next item, or empty at the end of the file. */
    Optional<ImportItem> next() throws IOException;

    /** Bytes of the file (compressed, as stored) consumed so far, for progress. */
    long position();

    /** The file's size in bytes. */
    long size();

    @Override
    void close() throws IOException;
}
