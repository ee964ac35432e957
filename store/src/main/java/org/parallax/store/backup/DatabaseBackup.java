package org.parallax.store.backup;

import java.nio.file.Path;

import org.parallax.store.DatabaseSettings;

/**
 * A whole database to one file and back: the embedded H2 database as H2's online backup (a zip of
 * its file), PostgreSQL with its own tools (pg_dump's custom format, pg_restore). A backup is taken
 * while the database is in use and is consistent; a restore refuses a database that already holds
 * Parallax data unless told to replace it.
 */
public sealed interface DatabaseBackup permits EmbeddedBackup, PostgresBackup {

    /** The embedded database in {@code dataDir}. */
    static DatabaseBackup embedded(Path dataDir) {
        return new EmbeddedBackup(dataDir);
    }

    /** A PostgreSQL database (the schema of its URL's {@code currentSchema}, else the whole database). */
    static DatabaseBackup postgres(DatabaseSettings settings) {
        return new PostgresBackup(settings);
    }

    /**
     * Writes a consistent copy of the whole database to {@code file}, which must not exist yet.
     *
     * @throws IllegalStateException with one line saying what to do when it cannot
     */
    void backup(Path file);

    /**
     * Makes the database what {@code file} holds. Refuses (one line) a database that already holds
     * Parallax data unless {@code replace}; then what it held is gone.
     *
     * @throws IllegalStateException with one line saying what to do when it cannot
     */
    void restore(Path file, boolean replace);
}
