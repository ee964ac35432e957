package org.parallax.app;

import java.util.Map;

import org.parallax.app.cli.BriefCommand;
import org.parallax.app.cli.ConfiguredCommand;
import org.parallax.app.cli.ExtractCommand;
import org.parallax.app.cli.FeedsCommand;
import org.parallax.app.cli.ForecastsCommand;
import org.parallax.app.cli.ImportCommand;
import org.parallax.app.cli.OutletsCommand;
import org.parallax.app.cli.ParseFeedCommand;
import org.parallax.app.cli.ServeCommand;
import org.parallax.app.cli.StoriesCommand;
import org.parallax.app.cli.SearchCommand;
import org.parallax.app.cli.TrainCommand;
import org.parallax.app.config.ConfigReader;
import org.parallax.eval.cli.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parallax} command. The only code that reads the environment: {@link #main} takes a
 * copy of it, and once the command line is parsed the chosen command gets one typed
 * configuration built from both ({@link ConfigReader}).
 */
@Command(name = "parallax", mixinStandardHelpOptions = true, version = "Parallax 0.1.0",
        description = "Reads outlets across the spectrum, groups their articles into stories, publishes briefs.",
        subcommands = {ServeCommand.class, ImportCommand.class, StoriesCommand.class, BriefCommand.class,
                EvalCommand.class, ForecastsCommand.class, OutletsCommand.class, FeedsCommand.class,
                ExtractCommand.class, ParseFeedCommand.class, TrainCommand.class, SearchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(System.getenv(), args));
    }

    /** Runs one command with the given environment; returns its exit code. */
    public static int run(Map<String, String> env, String... args) {
        return commandLine(env).execute(args);
    }

    /**
     * The command line: exit code 2 and one line for a usage mistake or a bad setting
     * ({@link IllegalArgumentException}), 1 and one line for a failure the user can act on
     * ({@link IllegalStateException}: no data yet, a database that cannot be opened).
     */
    public static CommandLine commandLine(Map<String, String> env) {
        Map<String, String> environment = Map.copyOf(env);
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionStrategy(parseResult -> {
            Integer help = CommandLine.executeHelpRequest(parseResult);
            if (help != null) {
                return help;
            }
            CommandLine chosen = parseResult.asCommandLineList().getLast();
            if (chosen.getCommand() instanceof ConfiguredCommand command) {
                try {
                    command.configure(ConfigReader.read(environment, command.flags()));
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ExecutionException(chosen, e.getMessage(), e);
                }
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                commandLine.getErr().println("parallax: " + e.getMessage());
                return e instanceof IllegalArgumentException ? 2 : 1;
            }
            throw e;
        });
        return cli;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
