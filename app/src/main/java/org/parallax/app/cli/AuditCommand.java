package org.parallax.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax audit ...}: read-only reports for editors. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Reports for editors on what Parallax published (read-only).",
        subcommands = {AuditBriefsCommand.class, CommandLine.HelpCommand.class})
public final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
