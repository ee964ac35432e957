package org.parallax.app.cli;

import org.parallax.app.wiring.Databases;
import org.parallax.app.wiring.SearchIndexes;
import org.parallax.search.SearchIndex;
import org.parallax.store.Database;
import picocli.CommandLine.Command;

/** {@code parallax search reindex}: rebuilds the search index from the published stories. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index of the data directory from every published story "
                + "(serve keeps it current; run this while serve is stopped).")
public final class SearchReindexCommand extends DataCommand {
    @Override
    public Integer call() {
        try (Database db = Databases.readOnly(config()); SearchIndex index = SearchIndexes.open(config())) {
            long started = System.nanoTime();
            SearchIndex.SyncReport report = index.reindex(db);
            System.out.printf("Indexed %d published stories in %.1f s (%s)%n", report.indexed(),
                    (System.nanoTime() - started) / 1e9, SearchIndexes.directory(config()));
            return 0;
        }
    }
}
