package org.parallax.app.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.parallax.pipeline.Embedders;
import org.parallax.core.subjectivity.LabelledSentence;
import org.parallax.core.subjectivity.LabelledSentences;
import org.parallax.core.subjectivity.LearnedSubjectivity;
import org.parallax.core.subjectivity.SubjectivityTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax train subjectivity [FILE.tsv] --out MODEL.tsv}: fits the fact-or-opinion model,
 * choosing regularisation and threshold by cross-validation on the training file, and writes it.
 */
@Command(name = "subjectivity", description = {
        "Fit the fact-or-opinion model to labelled sentences (CheckThat!-shaped TSV: sentence_id, sentence,",
        "label SUBJ/OBJ). Without FILE, the project's own sentences shipped with Parallax. Prints the",
        "cross-validated scores; last line:",
        "subjectivity-cv: macro_f1=F accuracy=A lambda=L threshold=T sentences=N"})
public final class TrainSubjectivityCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.tsv", arity = "0..1", description = "Labelled sentences (default: the shipped set).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "MODEL.tsv", description = "Where to write the model.")
    Path out;

    @Override
    public Integer call() throws IOException {
        List<LabelledSentence> sentences = read();
        SubjectivityTrainer.Training training = new SubjectivityTrainer(Embedders.load(Embedders.defaultNativeDir()))
                .train(sentences);
        for (SubjectivityTrainer.LambdaScore score : training.lambdaScores()) {
            System.out.printf(Locale.ROOT, "lambda=%g cv_macro_f1=%.3f cv_accuracy=%.3f%n", score.lambda(),
                    score.macroF1(), score.accuracy());
        }
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            training.model().write(writer);
        }
        System.out.printf(Locale.ROOT, "subjectivity-cv: macro_f1=%.3f accuracy=%.3f lambda=%g threshold=%.2f sentences=%d%n",
                training.crossValidatedMacroF1(), training.crossValidatedAccuracy(), training.model().lambda(),
                training.model().threshold(), training.sentences());
        return 0;
    }

    private List<LabelledSentence> read() throws IOException {
        if (file == null) {
            return LearnedSubjectivity.shippedSentences();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return LabelledSentences.read(reader, file.toString());
        }
    }
}
