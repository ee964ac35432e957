package org.parallax.pipeline;

import org.parallax.pipeline.testing.TestModel;
import org.parallax.pipeline.testing.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.pipeline.imports.ImportListener;
import org.parallax.pipeline.imports.ImportProgress;
import org.parallax.pipeline.imports.Importer;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.ArticleEmbeddings;
import org.parallax.core.embed.EmbeddingText;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Fact;
import org.parallax.store.Database;
import org.parallax.store.StoryRepository.StorySummary;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

/** Import, grouping and brief composition end to end, on both databases. */
class ImportAndPipelineTest {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-03-07T00:00:00Z"));

    @TempDir
    Path tempDir;

    private final List<String> skipped = new ArrayList<>();
    private final ImportListener listener = new ImportListener() {
        @Override
        public void progress(ImportProgress progress) {
        }

        @Override
        public void skipped(String location, String reason) {
            skipped.add(location + ": " + reason);
        }
    };

    private static Pipeline pipeline(Database db) {
        return Pipelines.standard(db, new ArticleEmbeddings(db, TestModel.embedder(), EmbeddingText.standard()), CLOCK);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void importingTwiceStoresEachArticleOnce(DatabaseKind kind) throws IOException {
        Path file = Fixtures.copy("two-stories.jsonl", tempDir);
        try (Database db = TestDatabases.open(kind, tempDir)) {
            ImportProgress first = new Importer(db, CLOCK).importFile(file, listener);
            ImportProgress second = new Importer(db, CLOCK).importFile(file, listener);
            assertThat(first.stored()).isEqualTo(8);
            assertThat(second.stored()).isZero();
            assertThat(second.duplicates()).isEqualTo(8);
            assertThat(db.articles().count()).isEqualTo(8);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void malformedLinesAreReportedWithTheirNumberAndTheRestIsImported(DatabaseKind kind) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.copy("two-stories.jsonl", tempDir)));
        lines.add(2, "{\"url\": \"https://x.example/1\", \"outlet\": \"X\", \"title\": \"no text\"");
        lines.add(5, "{\"url\": \"ftp://x.example/2\", \"outlet\": \"X\", \"title\": \"T\", \"text\": \"Body.\"}");
        Path file = Files.write(tempDir.resolve("broken.jsonl"), lines);
        try (Database db = TestDatabases.open(kind, tempDir)) {
            ImportProgress done = new Importer(db, CLOCK).importFile(file, listener);
            assertThat(done.stored()).isEqualTo(8);
            assertThat(done.skipped()).isEqualTo(2);
            assertThat(skipped).hasSize(2);
            assertThat(skipped.get(0)).contains("line 3");
            assertThat(skipped.get(1)).contains("line 6");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void pipelineGroupsTheFixtureIntoTwoStoriesWithAttributedFacts(DatabaseKind kind) throws IOException {
        Path file = Fixtures.copy("two-stories.jsonl", tempDir);
        try (Database db = TestDatabases.open(kind, tempDir)) {
            new Importer(db, CLOCK).importFile(file, listener);
            Pipeline.Report report = pipeline(db).runOnce();
            assertThat(report.articlesPlaced()).isEqualTo(8);
            assertThat(report.briefsFailed()).isZero();

            List<StorySummary> stories = db.stories().latest(10, 0);
            assertThat(stories).hasSize(2);
            assertThat(stories).allSatisfy(s -> assertThat(s.outletCount()).isEqualTo(3));
            StorySummary transit = stories.stream().filter(s -> s.articleCount() == 5).findFirst().orElseThrow();
            Brief transitBrief = db.briefs().find(transit.id()).orElseThrow();
            assertThat(transitBrief.narratives()).extracting(n -> n.source().outletName())
                    .containsExactly("Left Ledger", "Right Herald");

            for (StorySummary story : stories) {
                Brief brief = db.briefs().find(story.id()).orElseThrow();
                assertThat(brief.facts()).isNotEmpty();
                for (Fact fact : brief.facts()) {
                    String source = db.articles().find(fact.sources().getFirst().articleId()).orElseThrow().text();
                    assertThat(source).contains(fact.text());
                }
            }
            // Nothing is pending after a run: a second run does nothing.
            assertThat(pipeline(db).runOnce().didSomething()).isFalse();
        }
    }
}
