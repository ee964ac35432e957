package org.parallax.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.eval.ExtractionDataset;
import org.parallax.eval.ExtractionEvaluation;
import org.parallax.eval.ExtractionPage;
import org.parallax.core.metrics.ExtractionScore;
import org.parallax.extract.HtmlExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extraction", description = {
        "Score article-text extraction on a directory in the layout of the Zyte article-extraction",
        "benchmark (ground-truth.json, html/ID.html.gz), with its metric: 4-token shingle precision and",
        "recall averaged over pages, F1 of the two averages. Last line:",
        "extraction: precision=P recall=R f1=F pages_per_s=N (one thread, extraction only, after warm-up)."})
public final class EvalExtractionCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The benchmark directory.")
    Path dir;

    @Option(names = "--verbose", description = "Print each page's precision, recall and id first.")
    boolean verbose;

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N",
            description = "Untimed passes over all pages before the timed one (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            err.println("parallax: " + dir + " has no ground-truth.json");
            return 2;
        }
        List<ExtractionPage> pages = ExtractionDataset.load(dir);
        for (ExtractionPage page : pages) {
            if (page.error() != null) {
                err.println("page " + page.id() + ": " + page.error());
            }
        }
        ExtractionEvaluation.Result result = new ExtractionEvaluation(new HtmlExtractor(), Math.max(0, warmup))
                .run(pages);
        if (verbose) {
            for (ExtractionEvaluation.PageResult page : result.pages()) {
                out.printf(Locale.ROOT, "page precision=%.3f recall=%.3f %s %s%n", page.match().precision(),
                        page.match().recall(), page.page().id(), page.page().url());
            }
        }
        ExtractionScore score = result.score();
        out.printf(Locale.ROOT, "pages=%d exact=%.3f%n", score.pages(), score.accuracy());
        out.printf(Locale.ROOT, "extraction: precision=%.3f recall=%.3f f1=%.3f pages_per_s=%.1f%n",
                score.precision(), score.recall(), score.f1(), result.pagesPerSecond());
        out.flush();
        return 0;
    }
}
