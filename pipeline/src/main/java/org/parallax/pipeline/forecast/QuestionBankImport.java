package org.parallax.pipeline.forecast;

import java.io.IOException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.parallax.core.forecast.MarketQuestion;
import org.parallax.markets.BankItem;
import org.parallax.markets.QuestionBankReader;
import org.parallax.store.Database;
import org.parallax.store.ForecastRepository.UpsertCounts;

/**
 * {@code parallax forecasts import}: a question bank (questions, or resolutions) into the database,
 * in batches. Importing a file again changes nothing.
 */
public final class QuestionBankImport {

    static final int BATCH = 500;

    /**
     * What one file gave.
     *
     * @param resolved          resolution rows that marked a stored question resolved
     * @param unknownResolution resolution rows for questions not stored (or already marked)
     * @param interim           resolution rows that are not final, which are not needed
     * @param skipped           lines not used because they are malformed
     */
    public record Report(UpsertCounts questions, int resolved, int unknownResolution, int interim, int skipped) {
        @Override
        public String toString() {
            return questions.inserted() + " new, " + questions.updated() + " updated, " + questions.unchanged()
                    + " already stored, " + questions.rejected() + " too long; " + resolved + " resolutions applied"
                    + (unknownResolution > 0 ? " (" + unknownResolution + " for unknown or already resolved questions)" : "")
                    + (interim > 0 ? ", " + interim + " interim values ignored" : "")
                    + "; " + skipped + " lines skipped";
        }
    }

    private final Database db;
    private final InstantSource clock;

    public QuestionBankImport(Database db, InstantSource clock) {
        this.db = db;
        this.clock = clock;
    }

    /** @param skippedLine told each skipped line's location and reason */
    public Report importFile(Path file, BiConsumer<String, String> skippedLine) throws IOException {
        UpsertCounts counts = new UpsertCounts(0, 0, 0, 0);
        int resolved = 0;
        int unknown = 0;
        int interim = 0;
        int skipped = 0;
        List<MarketQuestion> batch = new ArrayList<>(BATCH);
        try (QuestionBankReader reader = QuestionBankReader.open(file)) {
            Optional<BankItem> next;
            while ((next = reader.next()).isPresent()) {
                switch (next.get()) {
                    case BankItem.Question q -> {
                        batch.add(q.question());
                        if (batch.size() == BATCH) {
                            counts = counts.plus(db.forecasts().upsert(batch, clock.instant()));
                            batch.clear();
                        }
                    }
                    case BankItem.Resolution r -> {
                        counts = counts.plus(db.forecasts().upsert(batch, clock.instant()));
                        batch.clear();
                        if (db.forecasts().markResolved(r.source(), r.externalId(), r.resolvedAt(), clock.instant())) {
                            resolved++;
                        } else {
                            unknown++;
                        }
                    }
                    case BankItem.Interim i -> interim++;
                    case BankItem.Skipped s -> {
                        skipped++;
                        skippedLine.accept(s.location(), s.reason());
                    }
                }
            }
        }
        counts = counts.plus(db.forecasts().upsert(batch, clock.instant()));
        return new Report(counts, resolved, unknown, interim, skipped);
    }
}
