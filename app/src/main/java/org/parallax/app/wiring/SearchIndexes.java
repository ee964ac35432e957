package org.parallax.app.wiring;

import java.nio.file.Path;

import org.parallax.app.config.ParallaxConfig;
import org.parallax.search.SearchIndex;

/** Where the search index lives: {@code search-index} under the data directory. */
public final class SearchIndexes {
    private SearchIndexes() {
    }

    public static Path directory(ParallaxConfig config) {
        return config.dataDir().resolve("search-index");
    }

    /**
     * @throws IllegalStateException when another process (a running serve) holds the index
     */
    public static SearchIndex open(ParallaxConfig config) {
        try {
            return SearchIndex.open(directory(config));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; stop parallax serve first, or let it keep the index current");
        }
    }
}
