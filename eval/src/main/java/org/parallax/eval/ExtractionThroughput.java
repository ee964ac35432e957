package org.parallax.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parallax.extract.HtmlExtractor;
import org.parallax.extract.HtmlFiles;

/**
 * Steady-state extraction throughput, for {@code bench/extraction.sh}: reads and decodes the pages
 * into memory, extracts all of them over and over on one thread for a warm-up time (so that the
 * JIT has compiled the hot code), then for a measured time, and prints pages per second of the
 * process's CPU time (steady on a machine shared with other work; garbage collection and JIT
 * compilation included) and of wall-clock time.
 * Start-up, file reading and decompression are not measured.
 *
 * <p>Usage: {@code ExtractionThroughput WARMUP_SECONDS MEASURED_SECONDS FILE_OR_DIR...}
 */
public final class ExtractionThroughput {

    private ExtractionThroughput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ExtractionThroughput WARMUP_SECONDS MEASURED_SECONDS FILE_OR_DIR...");
            System.exit(2);
        }
        double warmup = Double.parseDouble(args[0]);
        double measured = Double.parseDouble(args[1]);
        List<String> pages = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            for (Path file : htmlFiles(Path.of(args[i]))) {
                pages.add(HtmlFiles.read(file));
            }
        }
        if (pages.isEmpty()) {
            System.err.println("no .html or .html.gz files given");
            System.exit(2);
        }
        HtmlExtractor extractor = new HtmlExtractor();
        run(extractor, pages, warmup);
        Pass pass = run(extractor, pages, measured);
        System.out.printf(Locale.ROOT, "parallax: %d pages, %d extractions in %.1f s of CPU time: %.1f pages/s"
                        + " (wall clock: %.1f pages/s; one thread, after %.0f s of warm-up)%n", pages.size(),
                pass.extractions(), pass.cpuSeconds(), pass.extractions() / pass.cpuSeconds(),
                pass.extractions() / pass.seconds(), warmup);
    }

    private record Pass(long extractions, double seconds, double cpuSeconds, long characters) {
    }

    /** Whole passes over the pages until the time is up. */
    private static Pass run(HtmlExtractor extractor, List<String> pages, double seconds) {
        // The process's CPU time, so that the garbage collector's and the JIT's threads count too.
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long extractions = 0;
        long characters = 0; // used, so that the JIT cannot drop the work
        do {
            for (String page : pages) {
                characters += extractor.extract(page, null).text().length();
                extractions++;
            }
        } while (System.nanoTime() < deadline);
        return new Pass(extractions, (System.nanoTime() - start) / 1e9,
                (os.getProcessCpuTime() - cpuStart) / 1e9, characters);
    }

    private static List<Path> htmlFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".html.gz")).sorted()
                    .toList();
        }
    }
}
