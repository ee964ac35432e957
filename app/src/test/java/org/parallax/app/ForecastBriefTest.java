package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.app.cli.BriefText;
import org.parallax.pipeline.forecast.QuestionBankImport;
import org.parallax.pipeline.forecast.StoredForecastSource;
import org.parallax.pipeline.testing.Fixtures;
import org.parallax.pipeline.imports.ImportListener;
import org.parallax.pipeline.imports.ImportProgress;
import org.parallax.pipeline.imports.Importer;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.Pipelines;
import org.parallax.pipeline.testing.TestModel;
import org.parallax.pipeline.ArticleEmbeddings;
import org.parallax.core.embed.EmbeddingText;
import org.parallax.core.forecast.MatchSettings;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Forecast;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

/** From a question bank file and article files to a brief with its nerd narrative, on both databases. */
class ForecastBriefTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-03-07T00:00:00Z"));

    @TempDir
    Path tempDir;

    private static final ImportListener QUIET = new ImportListener() {
        @Override
        public void progress(ImportProgress progress) {
        }

        @Override
        public void skipped(String location, String reason) {
        }
    };

    private static Pipeline pipeline(Database db) {
        StoredForecastSource bank = new StoredForecastSource(db, CLOCK, Duration.ofMinutes(10), MatchSettings.defaults());
        return Pipelines.standard(db, new ArticleEmbeddings(db, TestModel.embedder(), EmbeddingText.standard()), CLOCK,
                bank);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aStoryGetsTheQuestionAboutItAndAStoryWithoutAnOpenFreshQuestionGetsNone(DatabaseKind kind) throws IOException {
        try (Database db = TestDatabases.open(kind, tempDir)) {
            new QuestionBankImport(db, CLOCK).importFile(Fixtures.copy("forecast-bank.jsonl", tempDir), (l, r) -> { });
            new Importer(db, CLOCK).importFile(Fixtures.copy("two-stories.jsonl", tempDir), QUIET);

            pipeline(db).runOnce();

            List<Brief> briefs = new ArrayList<>();
            db.stories().latest(10, 0).forEach(s -> briefs.add(db.briefs().find(s.id()).orElseThrow()));
            Brief transit = briefs.stream().filter(b -> b.title().contains("Riverton")).findFirst().orElseThrow();
            Brief storm = briefs.stream().filter(b -> b.title().contains("Elena")).findFirst().orElseThrow();

            assertThat(transit.forecast()).isEqualTo(new Forecast(
                    "Will Riverton's first light-rail line be open to passengers before 2030?", 0.35, "Metaculus",
                    "https://www.metaculus.com/questions/9101", Instant.parse("2026-03-01T00:00:00Z"),
                    "Riverton's first light-rail line will be open to passengers before 2030", false));
            // Elena's hurricane market closed before the story, and its outage market's price is seven weeks old.
            assertThat(storm.forecast()).isNull();

            assertThat(BriefText.render(transit)).contains("""
                    Nerd narrative:
                    - Metaculus gives a 35% chance that Riverton's first light-rail line will be open to passengers before 2030, \
                    as of 1 Mar 2026.
                    Metaculus, as of 1 Mar 2026: https://www.metaculus.com/questions/9101
                    """);
        }
    }
}
