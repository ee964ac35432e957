package org.parallax.app.cli;

import org.parallax.app.config.CommandFlags;
import picocli.CommandLine.Mixin;

/** A command that works on Parallax's data: it takes {@code --data DIR}. */
public abstract class DataCommand extends ConfiguredCommand {
    @Mixin
    DataOption data;

    /** The options of this command that override the environment; {@code --data} unless a command has more. */
    @Override
    public CommandFlags flags() {
        return CommandFlags.data(data.dataDir);
    }
}
