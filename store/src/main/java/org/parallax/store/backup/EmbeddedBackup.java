package org.parallax.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipFile;

import org.parallax.store.DatabaseSettings;

/**
 * The embedded database's backup: H2's {@code BACKUP TO}, a zip holding a consistent copy of the
 * database file, taken through a connection of its own. H2 lets one process open the file, so a
 * backup is taken while no other Parallax process (a {@code serve}) has the data directory open.
 */
final class EmbeddedBackup implements DatabaseBackup {
    /** H2's error codes: the file is open in another process; no database at that path. */
    private static final int ALREADY_OPEN = 90020;
    private static final int NOT_FOUND = 90146;
    private static final String FILE_IN_ZIP = "parallax.mv.db";

    private final Path dataDir;

    EmbeddedBackup(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public void backup(Path file) {
        Backups.refuseExisting(file);
        if (!Files.isRegularFile(DatabaseSettings.embeddedFile(dataDir))) {
            throw new IllegalStateException("no Parallax data in " + dataDir + " to back up");
        }
        DatabaseSettings settings = DatabaseSettings.embedded(dataDir).readOnly();
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw failure(e, "cannot back up " + dataDir);
        }
    }

    @Override
    public void restore(Path file, boolean replace) {
        Backups.requireReadable(file);
        checkIsBackup(file);
        Path target = DatabaseSettings.embeddedFile(dataDir);
        if (Files.exists(target)) {
            if (!replace) {
                throw new IllegalStateException(dataDir + " already holds a Parallax database: restore into another"
                        + " --data directory, or give --force to replace it");
            }
            refuseIfInUse();
        }
        try {
            Files.createDirectories(dataDir);
            Path unpacked = Files.createTempFile(dataDir, "restore-", ".mv.db");
            try (ZipFile zip = new ZipFile(file.toFile())) {
                try (var in = zip.getInputStream(zip.getEntry(FILE_IN_ZIP))) {
                    Files.copy(in, unpacked, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(unpacked, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(unpacked);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** A zip from {@code BACKUP TO} of a Parallax data directory: it holds the database file. */
    private static void checkIsBackup(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(FILE_IN_ZIP) == null) {
                throw new IllegalStateException(file + " is not a backup of Parallax's embedded database (it holds no "
                        + FILE_IN_ZIP + ")");
            }
        } catch (IOException e) {
            throw new IllegalStateException(file + " is not a backup of Parallax's embedded database (not a zip file: "
                    + e.getMessage() + ")", e);
        }
    }

    private void refuseIfInUse() {
        DatabaseSettings settings = DatabaseSettings.embedded(dataDir).readOnly();
        try (Connection ignored = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            // Opened and closed: no other process holds it.
        } catch (SQLException e) {
            throw failure(e, "cannot open the database in " + dataDir + " to replace it");
        }
    }

    private IllegalStateException failure(SQLException e, String what) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ALREADY_OPEN) {
                return new IllegalStateException("the data directory " + dataDir + " is in use by another Parallax"
                        + " process: stop it first (the embedded database has one process at a time)", e);
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == NOT_FOUND) {
                return new IllegalStateException("no Parallax data in " + dataDir, e);
            }
        }
        return new IllegalStateException(what + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
}
