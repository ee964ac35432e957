package org.parallax.eval;

import java.util.ArrayList;
import java.util.List;
import org.parallax.core.metrics.ExtractionScore;
import org.parallax.core.metrics.ShingleMatch;
import org.parallax.extract.HtmlExtractor;

/**
 * Scores {@link HtmlExtractor} on benchmark pages. Throughput is measured on one thread over
 * extraction alone (pages already read and decoded), after warm-up passes that let the JIT
 * compile the hot code; a page without HTML counts as an empty prediction.
 */
public record ExtractionEvaluation(HtmlExtractor extractor, int warmupPasses) {

    /** The outcome on one page. */
    public record PageResult(ExtractionPage page, String prediction, ShingleMatch match) {
    }

    public record Result(List<PageResult> pages, ExtractionScore score, double pagesPerSecond) {
    }

    public Result run(List<ExtractionPage> pages) {
        for (int pass = 0; pass < warmupPasses; pass++) {
            extractAll(pages);
        }
        long start = System.nanoTime();
        List<String> predictions = extractAll(pages);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<PageResult> results = new ArrayList<>(pages.size());
        List<ShingleMatch> matches = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            ExtractionPage page = pages.get(i);
            ShingleMatch match = ShingleMatch.of(page.truth(), predictions.get(i));
            results.add(new PageResult(page, predictions.get(i), match));
            matches.add(match);
        }
        long extracted = pages.stream().filter(p -> p.html() != null).count();
        return new Result(results, ExtractionScore.of(matches), seconds > 0 ? extracted / seconds : 0);
    }

    private List<String> extractAll(List<ExtractionPage> pages) {
        List<String> predictions = new ArrayList<>(pages.size());
        for (ExtractionPage page : pages) {
            predictions.add(page.html() == null ? "" : extractor.extract(page.html(), page.url()).text());
        }
        return predictions;
    }
}
