package org.parallax.pipeline.forecast;

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
import org.parallax.pipeline.testing.Fixtures;
import org.parallax.core.forecast.MarketSource;
import org.parallax.store.Database;
import org.parallax.store.ForecastRepository.UpsertCounts;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

class QuestionBankImportTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-03-07T00:00:00Z"));

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void importingAgainChangesNothingAndResolutionsMarkStoredQuestions(DatabaseKind kind) throws IOException {
        Path questions = Fixtures.copy("forecast-bank.jsonl", tempDir);
        Path resolutions = Fixtures.copy("fictional-market-outcomes.jsonl", tempDir);
        List<String> skipped = new ArrayList<>();
        try (Database db = TestDatabases.open(kind, tempDir)) {
            QuestionBankImport importer = new QuestionBankImport(db, CLOCK);

            var first = importer.importFile(questions, (l, r) -> skipped.add(l + ": " + r));
            var again = importer.importFile(questions, (l, r) -> skipped.add(l + ": " + r));
            var resolved = importer.importFile(resolutions, (l, r) -> skipped.add(l + ": " + r));
            var questionsAfterResolutions = importer.importFile(questions, (l, r) -> { });

            assertThat(first.questions()).isEqualTo(new UpsertCounts(4, 0, 0, 0));
            assertThat(again.questions()).isEqualTo(new UpsertCounts(0, 0, 4, 0));
            assertThat(resolved.resolved()).isEqualTo(1);
            assertThat(resolved.unknownResolution()).isEqualTo(1);
            assertThat(resolved.interim()).isEqualTo(1);
            assertThat(skipped).isEmpty();
            assertThat(questionsAfterResolutions.questions()).isEqualTo(new UpsertCounts(0, 0, 4, 0));
            assertThat(db.forecasts().find(MarketSource.POLYMARKET, "0xe1e7a").orElseThrow().resolvedAt())
                    .isEqualTo(Instant.parse("2026-03-05T00:00:00Z"));
            assertThat(db.forecasts().find(MarketSource.MANIFOLD, "ortiz27").orElseThrow().playMoney()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void largeFilesAreStoredInBatches(DatabaseKind kind) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < QuestionBankImport.BATCH * 2 + 7; i++) {
            lines.add("{\"id\": \"q" + i + "\", \"source\": \"manifold\", \"question\": \"Will event " + i
                    + " happen?\", \"url\": \"https://manifold.markets/x/q" + i + "\", \"freeze_datetime\": "
                    + "\"2026-03-01T00:00:00+00:00\", \"market_probability\": 0.5}");
        }
        Path file = Files.write(tempDir.resolve("many.jsonl"), lines);
        try (Database db = TestDatabases.open(kind, tempDir)) {
            var report = new QuestionBankImport(db, CLOCK).importFile(file, (l, r) -> { });

            assertThat(report.questions().inserted()).isEqualTo(QuestionBankImport.BATCH * 2 + 7);
            assertThat(db.forecasts().countBySource().get(MarketSource.MANIFOLD)).isEqualTo(QuestionBankImport.BATCH * 2 + 7L);
        }
    }
}
