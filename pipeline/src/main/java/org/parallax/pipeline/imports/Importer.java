package org.parallax.pipeline.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.parallax.core.model.Outlet;
import org.parallax.core.model.OutletHint;
import org.parallax.ingest.imports.ImportItem;
import org.parallax.ingest.imports.ImportSource;
import org.parallax.ingest.imports.ImportSources;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/**
 * Stores the articles of an import file. Each article is stored in its own transaction and keyed
 * by its canonical URL, so importing a file twice, or again after the process was killed half
 * way, stores every article exactly once.
 */
public final class Importer {
    private static final int PROGRESS_EVERY = 200;

    private final Database db;
    private final InstantSource clock;
    private final Map<OutletHint, Outlet> outlets = new HashMap<>();

    public Importer(Database db, InstantSource clock) {
        this.db = db;
        this.clock = clock;
    }

    public ImportProgress importFile(Path file, ImportListener listener) throws IOException {
        int stored = 0;
        int duplicates = 0;
        int skipped = 0;
        try (ImportSource source = ImportSources.open(file)) {
            Optional<ImportItem> next;
            while ((next = source.next()).isPresent()) {
                switch (next.get()) {
                    case ImportItem.Parsed parsed -> {
                        try {
                            Outlet outlet = outlets.computeIfAbsent(parsed.draft().outlet(), db.outlets()::resolve);
                            switch (db.articles().store(outlet.id(), parsed.draft(), clock.instant())) {
                                case ArticleRepository.Inserted inserted -> stored++;
                                case ArticleRepository.Duplicate duplicate -> duplicates++;
                            }
                        } catch (RuntimeException e) {
                            if (!Database.refusedValue(e)) {
                                throw e; // the database itself failed: the import stops, a rerun resumes
                            }
                            skipped++;
                            listener.skipped(parsed.location(), "the database refused a value: " + rootMessage(e));
                        }
                    }
                    case ImportItem.Skipped skip -> {
                        skipped++;
                        listener.skipped(skip.location(), skip.reason());
                    }
                }
                if ((stored + duplicates + skipped) % PROGRESS_EVERY == 0) {
                    listener.progress(new ImportProgress(file, source.position(), source.size(), stored,
                            duplicates, skipped));
                }
            }
            ImportProgress done = new ImportProgress(file, source.size(), source.size(), stored, duplicates,
                    skipped);
            listener.progress(done);
            return done;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.toString() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
