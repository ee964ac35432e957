package org.parallax.app.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.parallax.app.train.TrainingInputs;
import org.parallax.eval.DataFolder;
import org.parallax.pipeline.Embedders;
import picocli.CommandLine.Option;

/** The options of {@code parallax train} and its subcommands, accepted before or after the subcommand. */
final class TrainOptions {
    @Option(names = "--datasets", paramLabel = "DIR", description = "The data folder (default: ../shared/datasets).")
    Path datasets;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the model files (default: .).")
    Path out;

    @Option(names = "--own-sentences", paramLabel = "FILE.tsv",
            description = "Labelled sentences for the model of the project's own sentences (default: the shipped set).")
    Path ownSentences;

    /** These options, each falling back to {@code outer}'s (given before the subcommand), then to its default. */
    TrainingInputs inputs(TrainOptions outer) {
        Path data = datasets != null ? datasets : outer.datasets != null ? outer.datasets : DataFolder.DEFAULT;
        Path own = ownSentences != null ? ownSentences : outer.ownSentences;
        return new TrainingInputs(data, Optional.ofNullable(own), Embedders.defaultNativeDir());
    }

    Path out(TrainOptions outer) {
        return out != null ? out : outer.out != null ? outer.out : Path.of(".");
    }
}
