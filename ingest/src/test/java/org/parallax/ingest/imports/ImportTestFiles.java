package org.parallax.ingest.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/** Helpers to write fixture files and read all their items. */
final class ImportTestFiles {
    private ImportTestFiles() {
    }

    static List<ImportItem> readAll(Path file) throws IOException {
        List<ImportItem> items = new ArrayList<>();
        try (ImportSource source = ImportSources.open(file)) {
            for (Optional<ImportItem> item = source.next(); item.isPresent(); item = source.next()) {
                items.add(item.get());
            }
            if (source.next().isPresent()) {
                throw new AssertionError("items after the end");
            }
        }
        return items;
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
