package org.parallax.pipeline.imports;

import java.nio.file.Path;

/** How far the import of one file has come. */
public record ImportProgress(Path file, long bytesRead, long bytesTotal, int stored, int duplicates, int skipped) {
    public int percent() {
        return bytesTotal <= 0 ? 100 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
    }

    public int items() {
        return stored + duplicates + skipped;
    }
}
