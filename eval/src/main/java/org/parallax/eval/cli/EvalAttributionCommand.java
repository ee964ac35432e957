package org.parallax.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.parallax.core.brief.AttributionSettings;
import org.parallax.core.embed.CachingEmbedder;
import org.parallax.eval.AttributionEvaluation;
import org.parallax.eval.AttributionSample;
import org.parallax.pipeline.Embedders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax eval attribution SAMPLE FILE}: credit precision and recall on a judged sample. */
@Command(name = "attribution", mixinStandardHelpOptions = true, description = {
        "Run the brief composer's attribution (the claim matcher, with the sentence model) again over the",
        "stories of FILE (roundup JSONL: one story per line) and score it on the judged (fact, outlet) pairs",
        "of SAMPLE (TSV: article_url, fact_sha256, outlet, supported yes/no, half calibration/held-out).",
        "Prints each half, then the last line: attribution: precision=P recall=R pairs=N"})
public final class EvalAttributionCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SAMPLE", description = "Judged pairs (TSV, keys and labels only).")
    Path sample;

    @Parameters(index = "1", paramLabel = "FILE.jsonl", description = "The stories the sample was drawn from.")
    Path file;

    @Option(names = "--dump", paramLabel = "OUT.tsv",
            description = "Also write each pair's label and the matcher's figures (no text), for calibration.")
    Path dump;

    @Option(names = "--min-coverage", paramLabel = "X", description = "Override the matcher's word-coverage threshold (calibration).")
    Double minCoverage;

    @Option(names = "--min-cosine", paramLabel = "X", description = "Override the matcher's cosine threshold (calibration).")
    Double minCosine;

    @Option(names = "--min-score", paramLabel = "X", description = "Override the matcher's credit threshold (calibration).")
    Double minScore;

    @Option(names = "--min-synonym", paramLabel = "X", description = "Override the matcher's word-synonym threshold (calibration).")
    Double minSynonym;

    @Override
    public Integer call() throws IOException {
        List<AttributionSample.Pair> pairs = AttributionSample.read(sample);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no file " + file + ": give the stories the sample was drawn from");
        }
        var embedder = new CachingEmbedder(Embedders.load(Embedders.defaultNativeDir()), 20_000);
        AttributionSettings d = AttributionSettings.defaults();
        var settings = new AttributionSettings(minCoverage == null ? d.minCoverage() : minCoverage,
                minCosine == null ? d.minCosine() : minCosine, minScore == null ? d.minScore() : minScore, d.doubtMargin(),
                minSynonym == null ? d.minSynonym() : minSynonym);
        var evaluation = new AttributionEvaluation(settings, Optional.of(embedder));
        List<AttributionEvaluation.Outcome> outcomes = evaluation.evaluate(AttributionEvaluation.stories(file), pairs);
        long missing = outcomes.stream().filter(o -> !o.found()).count();
        if (missing > 0) {
            System.out.printf(Locale.ROOT, "pairs not found in %s (article or fact sentence missing): %d%n", file, missing);
        }
        if (dump != null) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
                out.println("article_url\tfact_sha256\toutlet\tsupported\thalf\tfound\tcredited\tscore\tcosine\tcoverage\tmissing_names\tveto");
                for (var o : outcomes) {
                    var v = o.best();
                    out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", o.pair().articleUrl(),
                            o.pair().factSha256(), o.pair().outlet(), o.pair().supported() ? "yes" : "no", o.pair().half(),
                            o.found(), o.credited(), v == null ? "" : fmt(v.score()), v == null ? "" : fmt(v.cosine()),
                            v == null ? "" : fmt(v.coverage()), v == null ? "" : fmt(v.missingNames()),
                            v == null || v.veto() == null ? "" : v.veto());
                }
            }
        }
        for (String half : List.of("calibration", "held-out")) {
            System.out.println(AttributionEvaluation.Scores.of(outcomes.stream()
                    .filter(o -> o.pair().half().equals(half)).toList()).line(half));
        }
        System.out.println(AttributionEvaluation.Scores.of(outcomes).line("attribution"));
        return 0;
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.4f", x);
    }
}
