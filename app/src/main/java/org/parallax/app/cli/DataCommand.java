package org.parallax.app.cli;

import org.parallax.app.config.CommandFlags;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A command that works on Parallax's data: it takes {@code --data DIR}. */
public abstract class DataCommand extends ConfiguredCommand {
    @Mixin
    DataOption data;

    @Option(names = "--verbose", description = "On a failure, print its details (stack trace) after the one-line message.")
    boolean verbose;

    @Option(names = "--log-format", paramLabel = "text|json",
            description = "How log lines on standard error look: text (the default) or json (one object a line).")
    LogFormat logFormat = LogFormat.TEXT;

    /** The chosen log format. */
    public LogFormat logFormat() {
        return logFormat;
    }

    /** Whether a failure should be printed with its details. */
    public boolean verbose() {
        return verbose;
    }

    /** The options of this command that override the environment; {@code --data} unless a command has more. */
    @Override
    public CommandFlags flags() {
        return CommandFlags.data(data.dataDir);
    }
}
