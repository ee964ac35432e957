package org.parallax.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.parallax.app.wiring.Databases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "backup", description = {
        "Write a consistent copy of the whole database to FILE, while it is in use.",
        "The embedded database (--data) becomes a zip of its file (H2's online backup; the data directory",
        "must not be open in another process, so stop serve first); a PostgreSQL database (PARALLAX_DB_URL)",
        "a pg_dump archive in its custom format, which needs pg_dump of the server's version or newer on the PATH.",
        "FILE must not exist. parallax restore FILE brings it back. Exit code 1 when it cannot."})
public final class BackupCommand extends DataCommand {
    @Parameters(paramLabel = "FILE", description = "The backup to write (it must not exist yet).")
    Path file;

    @Override
    public Integer call() throws Exception {
        Databases.backup(config()).backup(file);
        System.out.printf("backed up %s to %s (%,d bytes)%n", Databases.describe(config()), file, Files.size(file));
        return 0;
    }
}
