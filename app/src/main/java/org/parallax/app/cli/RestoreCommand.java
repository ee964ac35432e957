package org.parallax.app.cli;

import java.nio.file.Path;

import org.parallax.app.wiring.Databases;
import org.parallax.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", description = {
        "Make the database what a backup FILE of parallax backup holds.",
        "Into the embedded database (--data) or a PostgreSQL database (PARALLAX_DB_URL, with pg_restore on the PATH).",
        "Refuses a database that already holds Parallax data unless given --force; stop every Parallax process",
        "using the database first. The restored database is then brought to this version's schema.",
        "Exit code 1 when it cannot."})
public final class RestoreCommand extends DataCommand {
    @Parameters(paramLabel = "FILE", description = "A backup written by parallax backup.")
    Path file;

    @Option(names = "--force", description = "Replace what the database holds now (it is lost).")
    boolean force;

    @Override
    public Integer call() {
        Databases.backup(config()).restore(file, force);
        try (Database db = Databases.writable(config())) {
            System.out.printf("restored %s into %s: %d articles, %d stories%n", file, Databases.describe(config()),
                    db.articles().count(), db.pipelineFigures().stories());
        }
        return 0;
    }
}
