package org.parallax.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.store.testing.SampleData.outlet;

class MigrationTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void migrationsCreateEmptyTables(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            for (String table : List.of("outlet", "outlet_feed", "story", "article", "brief", "forecast_question",
                    "forecast_provider_status")) {
                long rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                        .mapTo(Long.class).one());
                assertThat(rows).as(table).isZero();
            }
            List<String> applied = db.jdbi().withHandle(h -> h.createQuery(
                            "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")
                    .mapTo(String.class).list());
            assertThat(applied).startsWith("1").contains("4").doesNotHaveDuplicates();
        }
    }

    @Test
    void reopeningAnEmbeddedDatabaseKeepsItsDataAndMigratesNothing(@TempDir Path dir) {
        DatabaseSettings settings = DatabaseSettings.embedded(dir.resolve("not-yet-created"));
        long id;
        long migrated;
        try (Database db = Database.open(settings)) {
            id = db.outlets().resolve(outlet("Kept", "kept.example")).id();
            migrated = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL")
                    .mapTo(Long.class).one());
        }
        try (Database db = Database.open(settings)) {
            assertThat(db.outlets().find(id)).hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Kept"));
            long migrations = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL")
                    .mapTo(Long.class).one());
            assertThat(migrations).isEqualTo(migrated);
        }
    }
}
