package org.parallax.app.cli;

import java.util.concurrent.Callable;

import org.parallax.app.config.CommandFlags;
import org.parallax.app.config.ParallaxConfig;
import picocli.CommandLine.Mixin;

/**
 * A command that works on Parallax's data. {@code main} builds its configuration from the
 * environment and {@link #flags()} once the command line is parsed, and hands it over with
 * {@link #configure} before {@link #call()}.
 */
public abstract class DataCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    private ParallaxConfig config;

    /** The options of this command that override the environment; {@code --data} unless a command has more. */
    public CommandFlags flags() {
        return CommandFlags.data(data.dataDir);
    }

    /** Gives the command its configuration; called once, by {@code main}. */
    public final void configure(ParallaxConfig config) {
        this.config = config;
    }

    protected final ParallaxConfig config() {
        if (config == null) {
            throw new IllegalStateException("the command was run without its configuration");
        }
        return config;
    }
}
