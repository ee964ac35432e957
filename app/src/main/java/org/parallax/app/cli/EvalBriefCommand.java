package org.parallax.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.Callable;

import org.parallax.app.eval.BriefEvaluation;
import org.parallax.app.eval.GoldStoryReader;
import org.parallax.core.brief.ExtractiveBriefComposer;
import org.parallax.core.metrics.ArousalLexicon;
import org.parallax.core.topic.TopicClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "brief", description = {
        "Compose a brief for each story of FILE (NeuS JSONL shape) and score title + facts against the",
        "reference title + summary: ROUGE F1 x100 on lower-cased \\w+ tokens, no stemming, no length cut."})
public final class EvalBriefCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Stories with reference summaries (JSONL).")
    Path file;

    @Option(names = "--lexicon", paramLabel = "VAD.tsv",
            description = "NRC-VAD lexicon (word, valence, arousal, dominance): also report mean arousal.")
    Path lexicon;

    @Override
    public Integer call() throws IOException {
        ArousalLexicon arousal = lexicon == null ? null
                : ArousalLexicon.parse(Files.readAllLines(lexicon, StandardCharsets.UTF_8));
        var composer = new ExtractiveBriefComposer(InstantSource.system(), new TopicClassifier());
        var result = new BriefEvaluation(composer, arousal).evaluate(new GoldStoryReader().read(file));
        System.out.println(result.line());
        return 0;
    }
}
