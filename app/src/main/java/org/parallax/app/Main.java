package org.parallax.app;

import java.util.Map;

import org.parallax.app.cli.AuditCommand;
import org.parallax.app.cli.BackupCommand;
import org.parallax.app.cli.RestoreCommand;
import org.parallax.app.cli.BriefCommand;
import org.parallax.app.cli.ConfiguredCommand;
import org.parallax.app.cli.DataCommand;
import org.parallax.app.cli.Failure;
import org.parallax.app.cli.ExtractCommand;
import org.parallax.app.cli.FeedsCommand;
import org.parallax.app.cli.ForecastsCommand;
import org.parallax.app.cli.ImportCommand;
import org.parallax.app.cli.OutletsCommand;
import org.parallax.app.cli.ParseFeedCommand;
import org.parallax.app.cli.RatingsCommand;
import org.parallax.app.cli.ServeCommand;
import org.parallax.app.cli.StoriesCommand;
import org.parallax.app.cli.SearchCommand;
import org.parallax.app.cli.TrainCommand;
import org.parallax.app.config.ConfigReader;
import org.parallax.eval.cli.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code parallax} command. The only code that reads the environment: {@link #main} takes a
 * copy of it, and once the command line is parsed the chosen command gets one typed
 * configuration built from both ({@link ConfigReader}).
 */
@Command(name = "parallax", mixinStandardHelpOptions = true, version = "Parallax 0.1.0",
        description = "Reads outlets across the spectrum, groups their articles into stories, publishes briefs.",
        subcommands = {ServeCommand.class, ImportCommand.class, StoriesCommand.class, BriefCommand.class, AuditCommand.class,
                EvalCommand.class, ForecastsCommand.class, OutletsCommand.class, FeedsCommand.class,
                ExtractCommand.class, ParseFeedCommand.class, TrainCommand.class, SearchCommand.class,
                BackupCommand.class, RestoreCommand.class, RatingsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /**
     * Lucene logs through java.util.logging (a hint about the incubating vector module at start-up);
     * only its severe messages are news for the user. Held here: JUL keeps loggers weakly.
     */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
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
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpWidth(100);
        withHelpEverywhere(cli);
        cli.setParameterExceptionHandler(Main::usageMistake);
        cli.setExecutionStrategy(parseResult -> {
            Integer help = CommandLine.executeHelpRequest(parseResult);
            if (help != null) {
                return help;
            }
            CommandLine chosen = parseResult.asCommandLineList().getLast();
            if (chosen.getCommand() instanceof DataCommand command) {
                command.logFormat().apply();
            }
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
            Failure failure = Failure.of(e);
            commandLine.getErr().println("parallax: " + failure.message());
            if (verbose(parseResult)) {
                e.printStackTrace(commandLine.getErr());
            }
            return failure.exitCode();
        });
        return cli;
    }

    /**
     * Every command and subcommand takes {@code --help} (and {@code --version}); a description
     * written over several source lines becomes its first sentence (what command lists show, whole)
     * and one paragraph that the help wraps to its width.
     */
    private static void withHelpEverywhere(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        spec.mixinStandardHelpOptions(true);
        String[] description = spec.usageMessage().description();
        if (description.length > 1) {
            String text = String.join(" ", description);
            int end = text.indexOf(". ");
            spec.usageMessage().description(end < 0 ? new String[] {text}
                    : new String[] {text.substring(0, end + 1), text.substring(end + 2)});
        }
        command.getSubcommands().values().forEach(Main::withHelpEverywhere);
    }

    /** A usage mistake: one line saying what was wrong and where the help is, exit code 2. */
    private static int usageMistake(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("parallax: " + e.getMessage() + " (see: " + command.getCommandSpec().qualifiedName()
                + " --help)");
        return 2;
    }

    private static boolean verbose(CommandLine.ParseResult parseResult) {
        return parseResult != null && parseResult.asCommandLineList().getLast().getCommand()
                instanceof DataCommand command && command.verbose();
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
