package org.parallax.pipeline;

import org.parallax.pipeline.testing.Fixtures;
import org.parallax.pipeline.testing.TestModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.pipeline.imports.ImportListener;
import org.parallax.pipeline.imports.ImportProgress;
import org.parallax.pipeline.imports.Importer;
import org.parallax.pipeline.ArticleEmbeddings;
import org.parallax.pipeline.Pipeline;
import org.parallax.core.embed.EmbeddingText;
import org.parallax.core.model.Article;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

/**
 * The story engine across a restart, with the real model and database: a process that stops after
 * the first import and a new one that rebuilds its state from the database place the second import
 * exactly as one process that never stopped; and no article is embedded twice.
 */
class GroupingRestartTest {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-05-07T00:00:00Z"));

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRestartedPipelinePlacesNewArticlesExactlyAsOneThatNeverStopped(DatabaseKind kind) throws IOException {
        Path first = Fixtures.copy("story-stream-1.jsonl", tempDir);
        Path second = Fixtures.copy("story-stream-2.jsonl", tempDir);

        Map<String, Long> uninterrupted;
        try (Database db = TestDatabases.open(kind, tempDir)) {
            Pipeline pipeline = pipeline(db);
            importFile(db, first);
            pipeline.runOnce();
            importFile(db, second);
            pipeline.runOnce();
            uninterrupted = storyByUrl(db);
        }

        try (Database db = TestDatabases.open(kind, tempDir)) {
            importFile(db, first);
            ArticleEmbeddings before = embeddings(db);
            Pipelines.standard(db, before, CLOCK).runOnce();
            assertThat(before.embeddedCount()).isEqualTo(8);

            // The restart: a new grouper, rebuilt from the database.
            ArticleEmbeddings after = embeddings(db);
            Pipeline restarted = Pipelines.standard(db, after, CLOCK);
            assertThat(restarted.restore()).isEqualTo(8);
            importFile(db, second);
            restarted.runOnce();

            assertThat(storyByUrl(db)).isEqualTo(uninterrupted);
            assertThat(after.embeddedCount()).as("only the new articles are embedded").isEqualTo(6);
            assertThat(db.embeddings().count(after.key())).isEqualTo(db.articles().count());
            assertThat(restarted.runOnce().didSomething()).isFalse();
            assertThat(after.embeddedCount()).isEqualTo(6);
        }
        // The stream has four events; reports of one event share a story.
        assertThat(uninterrupted.get("https://leftledger.example/elwin-bridge"))
                .isEqualTo(uninterrupted.get("https://centerwire.example/elwin-bridge-2"));
        assertThat(uninterrupted.get("https://rightherald.example/rates"))
                .isEqualTo(uninterrupted.get("https://leftledger.example/rates"))
                .isNotEqualTo(uninterrupted.get("https://leftledger.example/elwin-bridge"));
        assertThat(uninterrupted.get("https://leftledger.example/stadium"))
                .isEqualTo(uninterrupted.get("https://centerwire.example/stadium"));
        // An opinion piece joins the story of the event it argues about, before and after the restart.
        assertThat(uninterrupted.get("https://rightherald.example/opinion/elwin-bridge"))
                .isEqualTo(uninterrupted.get("https://leftledger.example/elwin-bridge"));
        assertThat(uninterrupted.get("https://leftledger.example/opinion/rates"))
                .isEqualTo(uninterrupted.get("https://leftledger.example/rates"));
    }

    private static Pipeline pipeline(Database db) {
        return Pipelines.standard(db, embeddings(db), CLOCK);
    }

    private static ArticleEmbeddings embeddings(Database db) {
        return new ArticleEmbeddings(db, TestModel.embedder(), EmbeddingText.standard());
    }

    private static void importFile(Database db, Path file) throws IOException {
        new Importer(db, CLOCK).importFile(file, new ImportListener() {
            @Override
            public void progress(ImportProgress progress) {
            }

            @Override
            public void skipped(String location, String reason) {
                throw new AssertionError(location + ": " + reason);
            }
        });
    }

    /** The story of every article, by URL, after following merges. */
    private static Map<String, Long> storyByUrl(Database db) {
        Map<String, Long> out = new TreeMap<>();
        List<Article> all = db.articles().ofStoriesSeenSince(Instant.EPOCH);
        all.forEach(a -> out.put(a.url(), a.storyId()));
        assertThat(out).hasSize((int) db.articles().count());
        return out;
    }
}
