package org.parallax.app.train;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.parallax.core.subjectivity.LabelledSentence;
import org.parallax.core.subjectivity.LabelledSentences;
import org.parallax.core.subjectivity.LearnedSubjectivity;
import org.parallax.core.subjectivity.ShippedSubjectivityModel;
import org.parallax.core.subjectivity.SubjectivityModel;
import org.parallax.core.subjectivity.SubjectivityTrainer;
import org.parallax.eval.DataFolder;
import org.parallax.pipeline.Embedders;

/**
 * The two fact-or-opinion models ({@link ShippedSubjectivityModel}): {@code own} from the project's
 * sentences (MiniLM vectors and surface cues, selected by 5-fold cross-validation) and
 * {@code checkthat} from the CheckThat! 2025 English train split (a middle layer of e5-small-v2,
 * selected on the dev split, which it is not trained on).
 */
public final class SubjectivityTraining implements ModelTraining {

    @Override
    public String name() {
        return "subjectivity";
    }

    @Override
    public List<Path> train(TrainingInputs inputs, Path outDir, PrintStream progress) throws IOException {
        List<LabelledSentence> train = read(inputs.datasets().resolve(DataFolder.CHECKTHAT_TRAIN));
        List<LabelledSentence> dev = read(inputs.datasets().resolve(DataFolder.CHECKTHAT_DEV));
        List<LabelledSentence> own = inputs.ownSentences().isPresent() ? read(inputs.ownSentences().get())
                : LearnedSubjectivity.shippedSentences();
        Files.createDirectories(outDir);

        progress.printf(Locale.ROOT, "subjectivity: own model, %d sentences, MiniLM vectors and cues%n", own.size());
        SubjectivityTrainer.Training ownTraining = new SubjectivityTrainer(Embedders.load(inputs.nativeDir()), true)
                .crossValidated(own, ShippedSubjectivityModel.OWN.trainedOn());
        Path ownFile = write(outDir, ShippedSubjectivityModel.OWN, ownTraining, progress);

        progress.printf(Locale.ROOT, "subjectivity: checkthat model, %d train and %d dev sentences, e5-small-v2 layer 8%n",
                train.size(), dev.size());
        SubjectivityTrainer.Training checkThat = new SubjectivityTrainer(
                Embedders.subjectivityEncoder(inputs.nativeDir()), false)
                .withDevSet(train, dev, ShippedSubjectivityModel.CHECKTHAT.trainedOn());
        Path checkThatFile = write(outDir, ShippedSubjectivityModel.CHECKTHAT, checkThat, progress);
        return List.of(ownFile, checkThatFile);
    }

    private static Path write(Path outDir, ShippedSubjectivityModel which, SubjectivityTrainer.Training training,
                              PrintStream progress) throws IOException {
        for (SubjectivityTrainer.LambdaScore score : training.lambdaScores()) {
            progress.printf(Locale.ROOT, "  lambda=%g held_out_macro_f1=%.3f held_out_accuracy=%.3f%n", score.lambda(),
                    score.macroF1(), score.accuracy());
        }
        SubjectivityModel model = training.model();
        Path file = outDir.resolve(which.resource());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            model.write(writer);
        }
        progress.printf(Locale.ROOT, "subjectivity-%s: held_out=\"%s\" held_out_macro_f1=%.3f held_out_accuracy=%.3f"
                        + " cv_macro_f1=%.3f cv_accuracy=%.3f lambda=%g threshold=%.2f sentences=%d subjective=%d file=%s%n",
                which.key(), training.heldOut(), training.heldOutMacroF1(), training.heldOutAccuracy(),
                training.crossValidatedMacroF1(), training.crossValidatedAccuracy(), model.lambda(), model.threshold(),
                training.sentences(), training.subjective(), file);
        return file;
    }

    private static List<LabelledSentence> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new TrainingDataException("no file " + file + ": give the data folder with --datasets DIR");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return LabelledSentences.read(reader, file.toString());
        } catch (IllegalArgumentException e) {
            throw new TrainingDataException(e.getMessage());
        }
    }
}
