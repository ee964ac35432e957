package org.parallax.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.parallax.core.forecast.Entities;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MatchSettings;
import org.parallax.core.forecast.MatchingEvaluation;
import org.parallax.core.forecast.MatchingSample;
import org.parallax.core.forecast.TfIdfSimilarity;
import org.parallax.markets.BankItem;
import org.parallax.markets.QuestionBankReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", description = {
        "Precision and recall of story-to-question matching on a labelled sample (the format of",
        "core/src/test/resources/org/parallax/core/forecast/forecast-matching.tsv), over a range of thresholds;",
        "the last line is at the configured threshold. With --bank, the questions of a question bank join",
        "the sample's as unlabelled distractors: any of them chosen for a story counts as wrong."})
public final class ForecastsEvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SAMPLE", description = "The labelled sample (TSV).")
    Path sample;

    @Option(names = "--bank", paramLabel = "FILE", description = "A question bank (JSONL) to add as distractors.")
    Path bank;

    @Override
    public Integer call() throws IOException {
        MatchingSample labelled = MatchingSample.parse(Files.readAllLines(sample, StandardCharsets.UTF_8));
        List<MarketQuestion> distractors = bank == null ? List.of() : read(bank);
        MatchingEvaluation evaluation = new MatchingEvaluation(labelled, distractors, Entities.standard(),
                TfIdfSimilarity.defaults(), MatchSettings.defaults());
        System.out.printf("%d stories, %d questions, %d labelled pairs (%d matches), %d distractors%n",
                labelled.stories().size(), labelled.questions().size(), labelled.pairs().size(),
                labelled.pairs().stream().filter(MatchingSample.Pair::match).count(), distractors.size());
        List<Double> thresholds = new ArrayList<>();
        for (int t = 10; t <= 50; t += 5) {
            thresholds.add(t / 100.0);
        }
        evaluation.report(thresholds).forEach(System.out::println);
        return 0;
    }

    private static List<MarketQuestion> read(Path file) throws IOException {
        List<MarketQuestion> out = new ArrayList<>();
        try (QuestionBankReader reader = QuestionBankReader.open(file)) {
            Optional<BankItem> item;
            while ((item = reader.next()).isPresent()) {
                if (item.get() instanceof BankItem.Question q) {
                    out.add(q.question());
                }
            }
        }
        return out;
    }
}
