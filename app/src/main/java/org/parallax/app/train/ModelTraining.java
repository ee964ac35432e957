package org.parallax.app.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * One learned model of Parallax that {@code parallax train} rebuilds from data: deterministically
 * (fixed seeds, exact fits), so the same data give byte-identical model files.
 */
public interface ModelTraining {

    /** The subcommand and the name in progress lines, e.g. {@code subjectivity}. */
    String name();

    /**
     * Trains the model and writes its file(s) into {@code outDir}.
     *
     * @param inputs   where the training data are
     * @param progress receives a line per step and the figures measured on the way
     * @return the files written
     * @throws TrainingDataException when the data it needs are missing or malformed
     */
    List<Path> train(TrainingInputs inputs, Path outDir, PrintStream progress) throws IOException;
}
