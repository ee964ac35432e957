package org.parallax.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;

import org.parallax.app.wiring.Parallax;
import org.parallax.app.config.ParallaxConfig;
import org.parallax.pipeline.forecast.QuestionBankImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {
        "Import a question bank: JSONL (.jsonl, .jsonl.gz) in the ForecastBench shape, questions",
        "(id, source, question, background, url, freeze_datetime, market_probability, ...) or resolutions",
        "(id, source, resolution_date, resolved). Importing a file again changes nothing."})
public final class ForecastsImportCommand implements Callable<Integer> {
    private static final int SKIPS_SHOWN = 50;

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Question or resolution files, questions first.")
    List<Path> files;

    @Override
    public Integer call() {
        ParallaxConfig config = ParallaxConfig.from(System.getenv(), data.dataDir, null, null);
        int failed = 0;
        try (Parallax parallax = Parallax.open(config, InstantSource.system())) {
            QuestionBankImport importer = new QuestionBankImport(parallax.db(), InstantSource.system());
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
