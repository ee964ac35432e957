package org.parallax.ingest.imports;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the import sources share: the file's name for item locations, and progress counted in the
 * file's bytes as stored (compressed or not) against its size. A source closes its own reader
 * ({@link #closeReader}); the file is closed after it.
 */
abstract class FileImportSource implements ImportSource {
    final String fileName;
    private final CountingInputStream counted;
    private final long size;

    /** @param counted the file's bytes as read from disk */
    FileImportSource(Path file, CountingInputStream counted, long size) {
        this.fileName = String.valueOf(file.getFileName());
        this.counted = counted;
        this.size = size;
    }

    /** Closes what this source reads the file through (a decompressor, a record reader). */
    abstract void closeReader() throws IOException;

    @Override
    public final long position() {
        return counted.count();
    }

    @Override
    public final long size() {
        return size;
    }

    @Override
    public final void close() throws IOException {
        try {
            closeReader();
        } finally {
            counted.close();
        }
    }
}
