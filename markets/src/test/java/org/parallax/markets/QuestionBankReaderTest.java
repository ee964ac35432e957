package org.parallax.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;

/** {@code bank.jsonl} is written in the ForecastBench question-set shape for this test. */
class QuestionBankReaderTest {

    private static List<BankItem> readAll(Path file) throws IOException {
        List<BankItem> items = new ArrayList<>();
        try (QuestionBankReader reader = QuestionBankReader.open(file)) {
            Optional<BankItem> item;
            while ((item = reader.next()).isPresent()) {
                items.add(item.get());
            }
        }
        return items;
    }

    private static Path bank() throws URISyntaxException {
        return Path.of(QuestionBankReaderTest.class.getResource("/forecast/bank.jsonl").toURI());
    }

    @Test
    void questionsResolutionsAndBadLinesComeOutInFileOrder() throws Exception {
        List<BankItem> items = readAll(bank());

        assertThat(items).extracting(BankItem::location).containsExactly("bank.jsonl line 1", "bank.jsonl line 2",
                "bank.jsonl line 4", "bank.jsonl line 5", "bank.jsonl line 6", "bank.jsonl line 7", "bank.jsonl line 8",
                "bank.jsonl line 9", "bank.jsonl line 10", "bank.jsonl line 11");
        assertThat(items.get(0)).isEqualTo(new BankItem.Question("bank.jsonl line 1", new MarketQuestion(
                MarketSource.METACULUS, "41001", "Will there be a ceasefire in the Harbor War before 2027?",
                "The Harbor War began in 2025 (timeline).", "https://www.metaculus.com/questions/41001", 0.1,
                Instant.parse("2026-01-10T00:00:00Z"), Instant.parse("2025-06-01T00:00:00Z"),
                Instant.parse("2026-12-31T00:00:00Z"), false, null, false)));
        assertThat(items.get(1)).isInstanceOfSatisfying(BankItem.Question.class, q -> {
            assertThat(q.question().background()).isNull(); // "None"
            assertThat(q.question().playMoney()).isTrue();   // Manifold
            assertThat(q.question().opensAt()).isEqualTo(Instant.parse("2025-06-01T00:00:00Z"));
        });
        assertThat(items.get(2)).isInstanceOfSatisfying(BankItem.Question.class,
                q -> assertThat(q.question().background()).isEqualTo("Resolves Yes if signed."));
        assertThat(items.subList(3, 8)).extracting(i -> ((BankItem.Skipped) i).reason()).containsExactly(
                "unknown source \"acme\"", "\"market_probability\" is not a probability",
                "\"freeze_datetime\" is not a date-time", "no http(s) \"url\"", "invalid JSON");
        assertThat(items.get(8)).isEqualTo(new BankItem.Resolution("bank.jsonl line 10", MarketSource.METACULUS, "41001",
                Instant.parse("2026-11-02T00:00:00Z")));
        assertThat(items.get(9)).isEqualTo(new BankItem.Interim("bank.jsonl line 11"));
    }

    @Test
    void gzippedFilesAndOverlongLinesAreHandled(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("bank.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(bank()));
            out.write(("{\"id\": \"x\", \"question\": \"" + "a".repeat(QuestionBankReader.MAX_LINE_CHARS) + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        List<BankItem> items = readAll(gz);

        assertThat(items).hasSize(11);
        assertThat(items.getLast()).isEqualTo(new BankItem.Skipped("bank.jsonl.gz line 12",
                "line over " + QuestionBankReader.MAX_LINE_CHARS + " characters"));
    }
}
