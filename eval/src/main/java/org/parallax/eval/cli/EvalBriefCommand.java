package org.parallax.eval.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.Callable;

import org.parallax.pipeline.Embedders;
import org.parallax.pipeline.Pipelines;
import org.parallax.eval.BriefEvaluation;
import org.parallax.eval.GoldStoryReader;
import org.parallax.core.forecast.ForecastSource;
import org.parallax.core.metrics.ArousalLexicon;
import org.parallax.core.topic.TopicClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "brief", description = {
        "Compose a brief for each story of FILE (NeuS JSONL shape) and score title + facts against the",
        "reference title + summary: ROUGE F1 x100 on lower-cased \\w+ tokens, no stemming, no length cut.",
        "Last line: brief: rouge1=R1 rouge2=R2 rougeL=RL [arousal=A reference_arousal=A] multi_credit_facts=S stories=N",
        "(S: share of facts credited to two or more independent sources)."})
public final class EvalBriefCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Stories with reference summaries (JSONL).")
    Path file;

    @Option(names = "--lexicon", paramLabel = "VAD.tsv",
            description = "NRC-VAD lexicon (word, valence, arousal, dominance): also report mean arousal.")
    Path lexicon;

    @Option(names = "--split", paramLabel = "NAME",
            description = "Only the stories whose split field is NAME (train, val...; default: every story).")
    String split;

    @Option(names = "--dump", paramLabel = "OUT.jsonl",
            description = "Also write each story's brief, reference and scores, one JSON object per line.")
    Path dump;

    @Override
    public Integer call() throws IOException {
        ArousalLexicon arousal = lexicon == null ? null
                : ArousalLexicon.parse(Files.readAllLines(lexicon, StandardCharsets.UTF_8));
        var composer = Pipelines.composer(InstantSource.system(), new TopicClassifier(), ForecastSource.NONE,
                Embedders.load(Embedders.defaultNativeDir()));
        var evaluation = new BriefEvaluation(composer, arousal);
        var stories = new GoldStoryReader().read(file, split);
        if (stories.isEmpty()) {
            System.err.println("parallax: no stories in " + file + (split == null ? "" : " with split " + split));
            return 1;
        }
        BriefEvaluation.Result result;
        if (dump == null) {
            result = evaluation.evaluate(stories);
        } else {
            try (var out = new BriefDump(dump)) {
                result = evaluation.evaluate(stories, out);
            }
        }
        System.out.println(result.line());
        return 0;
    }
}
