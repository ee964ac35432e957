package org.parallax.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax forecasts ...}: the prediction-market question bank behind the nerd narrative. */
@Command(name = "forecasts", description = "Manage the prediction-market questions behind the nerd narrative.",
        subcommands = {ForecastsImportCommand.class, ForecastsRefreshCommand.class, ForecastsStatusCommand.class,
                ForecastsMatchCommand.class, ForecastsEvalCommand.class, CommandLine.HelpCommand.class})
public final class ForecastsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
