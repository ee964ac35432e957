package org.parallax.app.config;

import java.nio.file.Path;

/**
 * The options of a command that override the environment; null (or false) where the command
 * line does not give one.
 *
 * @param dataDir {@code --data}
 * @param port    {@code --port}
 * @param host    {@code --host}
 * @param noPoll  {@code --no-poll}
 */
public record CommandFlags(Path dataDir, Integer port, String host, boolean noPoll) {

    /** Only {@code --data}, as most commands have. */
    public static CommandFlags data(Path dataDir) {
        return new CommandFlags(dataDir, null, null, false);
    }
}
