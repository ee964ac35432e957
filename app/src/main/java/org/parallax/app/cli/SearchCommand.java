package org.parallax.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax search ...}: the full-text index behind {@code /search} and {@code /api/search}. */
@Command(name = "search", description = "Manage the full-text search index of published stories.",
        subcommands = {SearchReindexCommand.class, CommandLine.HelpCommand.class})
public final class SearchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
