package org.parallax.ingest.imports;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of import file, told apart by file name. */
enum ImportFileType {
    JSONL(false, ".jsonl", ".ndjson"),
    JSONL_GZIP(true, ".jsonl.gz", ".ndjson.gz"),
    // jwarc detects gzip by itself.
    WARC(false, ".warc", ".warc.gz");

    static final String KNOWN_ENDINGS = ".jsonl, .ndjson, .jsonl.gz, .ndjson.gz, .warc or .warc.gz";

    private final boolean gzipped;
    private final String[] endings;

    ImportFileType(boolean gzipped, String... endings) {
        this.gzipped = gzipped;
        this.endings = endings;
    }

    boolean gzipped() {
        return gzipped;
    }

    static Optional<ImportFileType> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (ImportFileType type : values()) {
            for (String ending : type.endings) {
                if (lower.endsWith(ending)) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }
}
