package org.parallax.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;

import org.parallax.app.wiring.Databases;
import org.parallax.pipeline.forecast.QuestionBankImport;
import org.parallax.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {
        "Import a question bank: JSONL (.jsonl, .jsonl.gz) in the ForecastBench shape, questions",
        "(id, source, question, background, url, freeze_datetime, market_probability, ...) or resolutions",
        "(id, source, resolution_date, resolved). Importing a file again changes nothing."})
public final class ForecastsImportCommand extends DataCommand {
    private static final int SKIPS_SHOWN = 50;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Question or resolution files, questions first.")
    List<Path> files;

    @Override
    public Integer call() {
        int failed = 0;
        try (Database db = Databases.writable(config())) {
            QuestionBankImport importer = new QuestionBankImport(db, InstantSource.system());
            for (Path file : files) {
                int[] shown = {0};
                try {
                    QuestionBankImport.Report report = importer.importFile(file, (location, reason) -> {
                        if (shown[0]++ < SKIPS_SHOWN) {
                            System.err.println("skipped " + location + ": " + reason);
                        }
                    });
                    System.out.println(file + ": " + report);
                } catch (IOException e) {
                    System.err.println(file + ": cannot import: " + e.getMessage());
                    failed++;
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
