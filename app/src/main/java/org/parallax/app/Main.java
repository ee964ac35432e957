package org.parallax.app;

import org.parallax.app.cli.BriefCommand;
import org.parallax.eval.cli.EvalCommand;
import org.parallax.app.cli.ForecastsCommand;
import org.parallax.app.cli.FeedsCommand;
import org.parallax.app.cli.ExtractCommand;
import org.parallax.app.cli.ImportCommand;
import org.parallax.app.cli.OutletsCommand;
import org.parallax.app.cli.ServeCommand;
import org.parallax.app.cli.StoriesCommand;
import org.parallax.app.cli.TrainCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command. */
@Command(name = "parallax", mixinStandardHelpOptions = true, version = "Parallax 0.1.0",
        description = "Reads outlets across the spectrum, groups their articles into stories, publishes briefs.",
        subcommands = {ServeCommand.class, ImportCommand.class, StoriesCommand.class, BriefCommand.class,
                EvalCommand.class, ForecastsCommand.class, OutletsCommand.class, FeedsCommand.class,
                ExtractCommand.class, TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // Expected failures (a database that cannot be opened, a bad setting) get one line, not a trace.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                commandLine.getErr().println("parallax: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
