package org.parallax.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

import org.parallax.app.wiring.Parallax;
import org.parallax.app.wiring.Databases;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineWriter;
import org.parallax.pipeline.imports.ImportListener;
import org.parallax.pipeline.imports.ImportProgress;
import org.parallax.pipeline.imports.Importer;
import org.parallax.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {
        "Import articles from JSONL or WARC files, then group them into stories and compose their briefs.",
        "Reads .jsonl, .jsonl.gz, .warc and .warc.gz. Importing a file again adds nothing already stored.",
        "On a database shared with other Parallax processes, waits for the one that runs the pipeline",
        "(if any) to place and brief the articles. Progress of each stage (storing, embedding, grouping, briefs)",
        "goes to standard error: rewritten in place on a terminal, otherwise a line every few seconds.",
        "Exit code 1 when a file cannot be read."})
public final class ImportCommand extends DataCommand {
    /** Lines of skipped items shown one by one before only counting them. */
    private static final int SKIPS_SHOWN = 100;
    /** How often an import waiting for another pipeline writer looks again. */
    private static final Duration WRITER_PAUSE = Duration.ofSeconds(2);

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Option(names = "--no-pipeline",
            description = "Only store the articles; grouping and briefs happen at the next import or in serve.")
    boolean noPipeline;

    @Option(names = "--quiet",
            description = "Show no progress (skipped items, the summary lines and errors are still shown).")
    boolean quiet;

    @Override
    public Integer call() throws InterruptedException {
        if (noPipeline) {
            // Storing needs no sentence model: only the pipeline loads it.
            try (Database db = Databases.withOutlets(config(), InstantSource.system())) {
                return importAll(db) == 0 ? 0 : 1;
            }
        }
        try (Parallax parallax = Parallax.open(config(), InstantSource.system());
             PipelineWriter writer = new PipelineWriter(parallax.db(), parallax.pipeline())) {
            int failedFiles = importAll(parallax.db());
            // One pipeline writer per database: run it here, or wait for the process that runs it.
            ProgressLine line = ProgressLine.onStandardError(quiet);
            Pipeline.Report report = writer.settleAll(WRITER_PAUSE, line::message,
                    new StageProgressLine(line, System::nanoTime));
            line.clear();
            System.out.println("pipeline: " + report);
            return failedFiles == 0 ? 0 : 1;
        }
    }

    /** Imports every file; returns how many could not be read. */
    private int importAll(Database db) {
        int failedFiles = 0;
        Importer importer = new Importer(db, InstantSource.system());
        for (Path file : files) {
            ConsoleListener listener = new ConsoleListener(ProgressLine.onStandardError(quiet));
            try {
                ImportProgress done = importer.importFile(file, listener);
                listener.finish();
                System.out.printf("%s: %d stored, %d already stored, %d skipped%n", file, done.stored(),
                        done.duplicates(), done.skipped());
            } catch (IOException e) {
                listener.finish();
                System.err.printf("%s: cannot import: %s%n", file, e.getMessage());
                failedFiles++;
            }
        }
        return failedFiles;
    }

    /** Shows skipped items, and the import's progress on a {@link ProgressLine}. */
    private static final class ConsoleListener implements ImportListener {
        private final ProgressLine line;
        private final long start = System.nanoTime();
        private int skipsShown;
        private int skipsHidden;

        ConsoleListener(ProgressLine line) {
            this.line = line;
        }

        @Override
        public void progress(ImportProgress p) {
            line.update(() -> String.format("storing %s: %d%% (%d items: %d stored, %d already stored, %d skipped), %.0f/s",
                    p.file().getFileName(), p.percent(), p.items(), p.stored(), p.duplicates(), p.skipped(),
                    p.items() * 1e9 / Math.max(1, System.nanoTime() - start)));
        }

        @Override
        public void skipped(String location, String reason) {
            if (skipsShown >= SKIPS_SHOWN) {
                skipsHidden++;
                return;
            }
            skipsShown++;
            line.message(printable("skipped " + location + ": " + reason));
        }

        void finish() {
            line.clear();
            if (skipsHidden > 0) {
                line.message("... and " + skipsHidden + " more skipped items");
            }
        }
    }

    /** The line with control characters written as escapes, so that a NUL in the input never reaches the terminal. */
    static String printable(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.chars().forEach(c -> {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
