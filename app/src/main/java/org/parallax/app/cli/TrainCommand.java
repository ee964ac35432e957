package org.parallax.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax train ...}: fits the project's learned models, one subcommand each. */
@Command(name = "train", description = "Fit a learned model to labelled data.",
        subcommands = {TrainSubjectivityCommand.class, CommandLine.HelpCommand.class})
public final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
