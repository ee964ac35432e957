package org.parallax.app.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --data} option every command shares. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory of the embedded database (default: ./parallax-data, or $PARALLAX_DATA).")
    Path dataDir;
}
