package org.parallax.eval.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.parallax.core.subjectivity.LabelledSentence;
import org.parallax.core.subjectivity.LabelledSentences;
import org.parallax.core.subjectivity.LearnedSubjectivity;
import org.parallax.core.subjectivity.ShippedSubjectivityModel;
import org.parallax.core.subjectivity.SubjectivityModel;
import org.parallax.eval.DataFolder;
import org.parallax.eval.SubjectivityEvaluation;
import org.parallax.eval.TfIdfLogisticRegression;
import org.parallax.pipeline.Embedders;
import org.parallax.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax eval subjectivity FILE}: the fact-or-opinion classifier and its TF-IDF peer on a CheckThat! file. */
@Command(name = "subjectivity", mixinStandardHelpOptions = true, description = {
        "Score the fact-or-opinion sentence classifier on a CheckThat! subjectivity file (TSV whose header",
        "names the columns sentence_id, sentence and label SUBJ/OBJ, in any order; others are ignored):",
        "macro-F1 over SUBJ and OBJ. In the same run, the TF-IDF + logistic-regression peer trained on the",
        "CheckThat! train split. Last line:",
        "subjectivity: macro_f1=F accuracy=A peer_macro_f1=F peer_accuracy=A"})
public final class EvalSubjectivityCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.tsv", description = "Labelled sentences.")
    Path file;

    @Option(names = "--model", paramLabel = "own|checkthat|MODEL.tsv",
            description = "A shipped model, or a file written by `parallax train` (default: checkthat).")
    String model = Pipelines.DEFAULT_SUBJECTIVITY.key();

    @Option(names = "--train", paramLabel = "FILE.tsv",
            description = "The peer's training sentences (default: the CheckThat! train split in ../shared/datasets).")
    Path train = DataFolder.DEFAULT.resolve(DataFolder.CHECKTHAT_TRAIN);

    @Override
    public Integer call() throws IOException {
        List<LabelledSentence> sentences = read(file);
        if (!Files.isRegularFile(train)) {
            throw new IllegalArgumentException("no peer training file " + train + ": give it with --train FILE.tsv");
        }
        SubjectivityModel chosen = chosenModel();
        LearnedSubjectivity classifier = new LearnedSubjectivity(Embedders.forModel(chosen.embedderId(),
                Embedders.load(Embedders.defaultNativeDir()), Embedders.defaultNativeDir()), chosen);
        SubjectivityEvaluation.Result ours = SubjectivityEvaluation.of(classifier, sentences);
        SubjectivityEvaluation.Result peer = SubjectivityEvaluation.of(TfIdfLogisticRegression.fit(read(train)), sentences);
        long labelled = sentences.stream().filter(LabelledSentence::subjective).count();
        System.out.printf(Locale.ROOT, "sentences=%d labelled_subj=%d predicted_subj=%d model=%s sentences_per_s=%.0f%n",
                sentences.size(), labelled, ours.predictedSubjective(), model, ours.sentencesPerSecond());
        System.out.printf(Locale.ROOT, "peer (TF-IDF + logistic regression trained on %s): macro_f1=%.3f accuracy=%.3f"
                + " predicted_subj=%d%n", train, peer.scores().macroF1(), peer.scores().accuracy(),
                peer.predictedSubjective());
        System.out.printf(Locale.ROOT, "subjectivity: macro_f1=%.3f accuracy=%.3f peer_macro_f1=%.3f peer_accuracy=%.3f%n",
                ours.scores().macroF1(), ours.scores().accuracy(), peer.scores().macroF1(), peer.scores().accuracy());
        return 0;
    }

    private SubjectivityModel chosenModel() throws IOException {
        if (model.endsWith(".tsv")) {
            try (Reader reader = Files.newBufferedReader(Path.of(model), StandardCharsets.UTF_8)) {
                return SubjectivityModel.read(reader);
            }
        }
        return ShippedSubjectivityModel.of(model).model();
    }

    private static List<LabelledSentence> read(Path path) throws IOException {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return LabelledSentences.read(reader, path.toString());
        }
    }
}
