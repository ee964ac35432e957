package org.parallax.app.cli;

import java.util.concurrent.Callable;

import org.parallax.app.config.CommandFlags;
import org.parallax.app.config.ParallaxConfig;

/**
 * A command that needs Parallax's configuration. {@code main} builds it from the environment and
 * {@link #flags()} once the command line is parsed, and hands it over with {@link #configure}
 * before {@link #call()}.
 */
public abstract class ConfiguredCommand implements Callable<Integer> {
    private ParallaxConfig config;

    /** The options of this command that override the environment; none unless a command has some. */
    public CommandFlags flags() {
        return CommandFlags.data(null);
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
