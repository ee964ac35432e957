package org.parallax.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.OutletHint;
import org.parallax.store.Database;
import org.parallax.store.DatabaseSettings;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.SampleData;
import org.parallax.store.testing.TestDatabases;

/** A backup holds the whole database; a restore gives it back, and refuses a database with data unless told. */
class DatabaseBackupTest {
    private static final Instant NOW = Instant.parse("2026-03-07T00:00:00Z");

    @TempDir
    Path tempDir;

    @Test
    void theEmbeddedDatabaseComesBackWholeInAnotherDataDirectory() {
        Path data = tempDir.resolve("data");
        try (Database db = Database.open(DatabaseSettings.embedded(data))) {
            fill(db, 3);
        }
        Path backup = tempDir.resolve("parallax.zip");
        DatabaseBackup.embedded(data).backup(backup);
        assertThatThrownBy(() -> DatabaseBackup.embedded(data).backup(backup))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exists already");

        Path other = tempDir.resolve("other");
        DatabaseBackup.embedded(other).restore(backup, false);
        try (Database db = Database.open(DatabaseSettings.embedded(other))) {
            assertThat(db.articles().count()).isEqualTo(3);
            fill(db, 5); // written to after the restore: a backup must not be lost by it
        }

        assertThatThrownBy(() -> DatabaseBackup.embedded(other).restore(backup, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("--force");
        DatabaseBackup.embedded(other).restore(backup, true);
        try (Database db = Database.open(DatabaseSettings.embedded(other))) {
            assertThat(db.articles().count()).isEqualTo(3);
        }
    }

    @Test
    void theEmbeddedDatabaseInUseByAnotherProcessOrMissingIsOneLineSayingSo() throws Exception {
        Path data = tempDir.resolve("nothing");
        assertThatThrownBy(() -> DatabaseBackup.embedded(data).backup(tempDir.resolve("b.zip")))
                .isInstanceOf(IllegalStateException.class).hasMessage("no Parallax data in " + data + " to back up");
        Path notABackup = Files.writeString(tempDir.resolve("x.zip"), "hello");
        assertThatThrownBy(() -> DatabaseBackup.embedded(data).restore(notABackup, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not a backup");
        assertThat(data).doesNotExist();
    }

    @Test
    void postgresComesBackWholeIntoAnEmptySchemaAndReplacesOnlyWhenTold() throws Exception {
        try (TestDatabases.Reopenable schema = TestDatabases.reopenable(DatabaseKind.POSTGRES, tempDir)) {
            DatabaseSettings settings = schema.settings();
            Path backup = tempDir.resolve("parallax.dump");
            try (Database db = schema.open()) {
                fill(db, 4);
                DatabaseBackup.postgres(settings).backup(backup); // online, while the database is open
                fill(db, 6);
            }
            assertThat(backup).isNotEmptyFile();

            assertThatThrownBy(() -> DatabaseBackup.postgres(settings).restore(backup, false))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already holds tables")
                    .hasMessageContaining("--force").hasMessageNotContaining("jdbc:");
            DatabaseBackup.postgres(settings).restore(backup, true);
            try (Database db = schema.open()) {
                assertThat(db.articles().count()).isEqualTo(4);
            }

            emptySchema(settings);
            DatabaseBackup.postgres(settings).restore(backup, false);
            try (Database db = schema.open()) {
                assertThat(db.articles().count()).isEqualTo(4);
                assertThat(db.outlets().all()).hasSize(1);
            }
        }
    }

    @Test
    void aPostgresToolFailureIsOneLineWithoutThePassword() {
        DatabaseSettings wrong = new DatabaseSettings("jdbc:postgresql://localhost:1/nothing?password=secret", "nobody", "");
        assertThatThrownBy(() -> DatabaseBackup.postgres(wrong).backup(tempDir.resolve("b.dump")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("pg_dump failed on nothing on localhost:1: ")
                .hasMessageNotContaining("secret");
        assertThat(tempDir.resolve("b.dump")).doesNotExist();
    }

    private static void fill(Database db, int articles) {
        OutletHint outlet = SampleData.outlet("Left Daily", "left.example");
        for (int i = 0; i < articles; i++) {
            db.articles().store(db.outlets().resolve(outlet).id(),
                    SampleData.draft(outlet, "https://left.example/" + i, "Title " + i, NOW), NOW);
        }
    }

    private static void emptySchema(DatabaseSettings settings) throws Exception {
        String schema = settings.url().substring(settings.url().indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
    }
}
