package org.parallax.eval.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax eval ...}: quality measurements on public evaluation data, one subcommand each. */
@Command(name = "eval", description = "Measure quality on public evaluation data.",
        subcommands = {EvalBriefCommand.class, EvalAttributionCommand.class, EvalClusteringCommand.class, EvalExtractionCommand.class,
                EvalSubjectivityCommand.class, EvalBiasCommand.class,
                CommandLine.HelpCommand.class})
public final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
