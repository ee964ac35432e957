package org.parallax.app.wiring;

import java.nio.file.Files;
import java.time.InstantSource;

import org.parallax.app.config.ParallaxConfig;
import org.parallax.pipeline.live.RegistrySeeding;
import org.parallax.store.Database;
import org.parallax.store.DatabaseSettings;
import org.parallax.store.backup.DatabaseBackup;

/**
 * The composition roots of commands that need only the database, one per need: reading (changes
 * nothing, creates nothing), writing (creates and migrates the schema), and writing outlets (also
 * applies the built-in outlet registry first, so that what the user adds or removes is applied on
 * top of it).
 */
public final class Databases {

    private Databases() {
    }

    /**
     * The database for reading only. An embedded database that does not exist yet is not created:
     * the command fails with one line saying how to make one.
     *
     * @throws IllegalStateException when there is no database, or it cannot be read
     */
    public static Database readOnly(ParallaxConfig config) {
        if (config.server().isEmpty() && !Files.isRegularFile(DatabaseSettings.embeddedFile(config.dataDir()))) {
            throw new IllegalStateException("no Parallax data in " + config.dataDir()
                    + ": import articles (parallax import FILE) or start the server (parallax serve) first");
        }
        return Database.openReadOnly(config.database());
    }

    /** Backup and restore of the configured database: the server's when one is set, else the embedded one. */
    public static DatabaseBackup backup(ParallaxConfig config) {
        return config.server().map(DatabaseBackup::postgres).orElseGet(() -> DatabaseBackup.embedded(config.dataDir()));
    }

    /** The configured database in messages, without credentials. */
    public static String describe(ParallaxConfig config) {
        return config.server().map(DatabaseSettings::safeUrl).orElseGet(() -> "the data directory " + config.dataDir());
    }

    /** The database for writing: created and migrated to the current schema when needed. */
    public static Database writable(ParallaxConfig config) {
        return Database.open(config.database());
    }

    /** As {@link #writable}, with the built-in outlet registry applied (each entry once). */
    public static Database withOutlets(ParallaxConfig config, InstantSource clock) {
        Database db = writable(config);
        try {
            RegistrySeeding.seed(db, clock);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
