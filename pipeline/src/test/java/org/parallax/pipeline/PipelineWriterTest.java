package org.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.embed.EmbeddingText;
import org.parallax.pipeline.imports.ImportListener;
import org.parallax.pipeline.imports.ImportProgress;
import org.parallax.pipeline.imports.Importer;
import org.parallax.pipeline.testing.Fixtures;
import org.parallax.pipeline.testing.TestModel;
import org.parallax.store.Database;
import org.parallax.store.PipelineLock;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

/**
 * One pipeline writer per database on PostgreSQL: two processes (two pools, two locks) running the
 * pipeline at once over the same articles give the stories one run after the other gives.
 */
class PipelineWriterTest {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-03-07T00:00:00Z"));
    private static final List<String> FILES = List.of("two-stories.jsonl", "story-stream-1.jsonl", "story-stream-2.jsonl");
    private static final ImportListener QUIET = new ImportListener() {
        @Override
        public void progress(ImportProgress progress) {
        }

        @Override
        public void skipped(String location, String reason) {
        }
    };

    @TempDir
    Path tempDir;

    @Test
    void twoWritersAtOnceGiveTheStoriesOfOneAfterTheOther() throws Exception {
        Set<Set<String>> sequential;
        try (TestDatabases.Reopenable schema = TestDatabases.reopenable(DatabaseKind.POSTGRES, tempDir);
             Database db = schema.open()) {
            importAll(db);
            try (PipelineWriter writer = writer(db)) {
                writer.settleAll(Duration.ofMillis(50), line -> { });
            }
            sequential = stories(db);
            assertNoEmptyStory(db);
        }
        try (TestDatabases.Reopenable schema = TestDatabases.reopenable(DatabaseKind.POSTGRES, tempDir);
             Database first = schema.open(); Database second = schema.open()) {
            importAll(first);
            List<String> waited = new ArrayList<>();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try (PipelineWriter a = writer(first); PipelineWriter b = writer(second)) {
                Future<Pipeline.Report> ra = threads.submit(() -> a.settleAll(Duration.ofMillis(20), waited::add));
                Future<Pipeline.Report> rb = threads.submit(() -> b.settleAll(Duration.ofMillis(20), waited::add));
                int placed = ra.get().articlesPlaced() + rb.get().articlesPlaced();
                assertThat(placed).isEqualTo(first.articles().count());
            } finally {
                threads.shutdown();
            }
            assertThat(stories(second)).isEqualTo(sequential);
            assertNoEmptyStory(second);
            assertThat(second.articles().unsettledUpTo(Long.MAX_VALUE)).isZero();
        }
    }

    @Test
    void theLockIsOneProcessAtATimeAndFreedWhenItsHolderGoes() {
        try (TestDatabases.Reopenable schema = TestDatabases.reopenable(DatabaseKind.POSTGRES, tempDir);
             Database first = schema.open(); Database second = schema.open();
             Database elsewhere = TestDatabases.open(DatabaseKind.POSTGRES, tempDir);
             PipelineLock a = first.pipelineLock(); PipelineLock b = second.pipelineLock();
             PipelineLock other = elsewhere.pipelineLock()) {
            assertThat(a.tryHold()).isEqualTo(PipelineLock.Hold.TAKEN);
            assertThat(a.tryHold()).isEqualTo(PipelineLock.Hold.KEPT);
            assertThat(b.tryHold()).isEqualTo(PipelineLock.Hold.HELD_ELSEWHERE);
            // Another schema is another Parallax database with a writer of its own.
            assertThat(other.tryHold()).isEqualTo(PipelineLock.Hold.TAKEN);
            a.release(); // as when its process dies: the session ends, PostgreSQL frees the lock
            assertThat(a.isHeld()).isFalse();
            assertThat(b.tryHold()).isEqualTo(PipelineLock.Hold.TAKEN);
            assertThat(a.tryHold()).isEqualTo(PipelineLock.Hold.HELD_ELSEWHERE);
        }
    }

    @Test
    void onTheEmbeddedDatabaseTheOneProcessIsTheWriter() throws Exception {
        try (Database db = TestDatabases.open(DatabaseKind.H2, tempDir); PipelineWriter writer = writer(db)) {
            importAll(db);
            Pipeline.Report report = writer.settleAll(Duration.ofMillis(10), line -> { });
            assertThat(report.articlesPlaced()).isEqualTo(db.articles().count());
            assertThat(writer.runIfWriter(() -> true)).hasValueSatisfying(r -> assertThat(r.didSomething()).isFalse());
        }
    }

    private static PipelineWriter writer(Database db) {
        return new PipelineWriter(db, Pipelines.standard(db,
                new ArticleEmbeddings(db, TestModel.embedder(), EmbeddingText.standard()), CLOCK));
    }

    private void importAll(Database db) throws Exception {
        for (String name : FILES) {
            new Importer(db, CLOCK).importFile(Fixtures.copy(name, tempDir), QUIET);
        }
    }

    /** Each story as the set of its articles' addresses. */
    private static Set<Set<String>> stories(Database db) {
        Map<Long, Set<String>> byStory = new HashMap<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT story_id, url FROM article").map((rs, ctx) -> {
            byStory.computeIfAbsent(rs.getLong("story_id"), id -> new HashSet<>()).add(rs.getString("url"));
            return null;
        }).list());
        return new HashSet<>(byStory.values());
    }

    private static void assertNoEmptyStory(Database db) {
        long empty = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM story s WHERE s.merged_into IS NULL "
                + "AND NOT EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.id)").mapTo(Long.class).one());
        long briefsWithoutArticles = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM brief b "
                + "WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.story_id = b.story_id)").mapTo(Long.class).one());
        assertThat(empty).isZero();
        assertThat(briefsWithoutArticles).isZero();
    }
}
