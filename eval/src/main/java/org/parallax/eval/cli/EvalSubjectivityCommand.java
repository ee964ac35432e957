package org.parallax.eval.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.parallax.pipeline.Embedders;
import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.metrics.BinaryScores;
import org.parallax.core.subjectivity.LabelledSentence;
import org.parallax.core.subjectivity.LabelledSentences;
import org.parallax.core.subjectivity.LearnedSubjectivity;
import org.parallax.core.subjectivity.SubjectivityModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "subjectivity", description = {
        "Score the fact-or-opinion sentence classifier on a CheckThat! 2025 subjectivity file",
        "(TSV with a header: sentence_id, sentence, label SUBJ/OBJ, ...): macro-F1 over SUBJ and OBJ.",
        "Last line: subjectivity: macro_f1=F accuracy=A"})
public final class EvalSubjectivityCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.tsv", description = "Labelled sentences.")
    Path file;

    @Option(names = "--model", paramLabel = "MODEL.tsv",
            description = "A model written by `parallax train subjectivity` (default: the shipped one).")
    Path modelFile;

    @Override
    public Integer call() throws IOException {
        List<LabelledSentence> sentences;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            sentences = LabelledSentences.read(reader, file.toString());
        }
        SubjectivityModel model = modelFile == null ? LearnedSubjectivity.shippedModel() : readModel(modelFile);
        SentenceEmbedder embedder = Embedders.load(Embedders.defaultNativeDir());
        LearnedSubjectivity classifier = new LearnedSubjectivity(embedder, model);
        List<Double> probabilities = classifier.subjectivities(sentences.stream().map(LabelledSentence::sentence).toList());
        BinaryScores scores = new BinaryScores();
        int predictedSubjective = 0;
        for (int i = 0; i < sentences.size(); i++) {
            boolean predicted = probabilities.get(i) >= model.threshold();
            predictedSubjective += predicted ? 1 : 0;
            scores.add(sentences.get(i).subjective(), predicted);
        }
        System.out.printf(Locale.ROOT, "sentences=%d labelled_subj=%d predicted_subj=%d%n", sentences.size(),
                sentences.stream().filter(LabelledSentence::subjective).count(), predictedSubjective);
        System.out.printf(Locale.ROOT, "subjectivity: macro_f1=%.3f accuracy=%.3f%n", scores.macroF1(),
                scores.accuracy());
        return 0;
    }

    private static SubjectivityModel readModel(Path path) throws IOException {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return SubjectivityModel.read(reader);
        }
    }
}
