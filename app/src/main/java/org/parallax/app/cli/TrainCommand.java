package org.parallax.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.parallax.app.train.ModelTraining;
import org.parallax.app.train.ModelTrainings;
import org.parallax.app.train.TrainingDataException;
import org.parallax.app.train.TrainingInputs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code parallax train [MODEL]}: rebuilds the learned models from the data folder, every one
 * without a subcommand. Deterministic: the same data give byte-identical model files.
 */
@Command(name = "train", mixinStandardHelpOptions = true, description = {
        "Rebuild the learned models from the data folder, deterministically (same data, same files).",
        "Without a subcommand, every model. To refresh the shipped models, run it from the repository with",
        "--out core/src/main/resources/org/parallax/core/subjectivity (subjectivity) or",
        "--out core/src/main/resources/org/parallax/core/brief (fact-selection)"},
        subcommands = {TrainSubjectivityCommand.class, TrainFactSelectionCommand.class, CommandLine.HelpCommand.class})
public final class TrainCommand implements Callable<Integer> {

    @Mixin
    TrainOptions options = new TrainOptions();

    @Override
    public Integer call() throws IOException {
        return run(ModelTrainings.all(), options.inputs(options), options.out(options));
    }

    /** Trains {@code trainings} in turn; 1 with a one-line error when their data are missing. */
    static Integer run(List<ModelTraining> trainings, TrainingInputs inputs, Path out) throws IOException {
        try {
            for (ModelTraining training : trainings) {
                System.out.println("training " + training.name());
                for (Path file : training.train(inputs, out, System.out)) {
                    System.out.println("wrote " + file);
                }
            }
            return 0;
        } catch (TrainingDataException e) {
            System.err.println("parallax: " + e.getMessage());
            return 1;
        }
    }
}
