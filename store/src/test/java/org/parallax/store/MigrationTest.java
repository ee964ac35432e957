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
            for (String table : List.of("outlet", "outlet_feed", "story", "article", "brief", "article_embedding")) {
                long rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                        .mapTo(Long.class).one());
                assertThat(rows).as(table).isZero();
            }
            List<String> applied = db.jdbi().withHandle(h -> h.createQuery(
                            "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")
                    .mapTo(String.class).list());
            assertThat(applied).containsExactlyElementsOf(migrationVersions());
        }
    }

    @Test
    void reopeningAnEmbeddedDatabaseKeepsItsDataAndMigratesNothing(@TempDir Path dir) {
        DatabaseSettings settings = DatabaseSettings.embedded(dir.resolve("not-yet-created"));
        long id;
        try (Database db = Database.open(settings)) {
            id = db.outlets().resolve(outlet("Kept", "kept.example")).id();
        }
        try (Database db = Database.open(settings)) {
            assertThat(db.outlets().find(id)).hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Kept"));
            long migrations = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL")
                    .mapTo(Long.class).one());
            assertThat(migrations).isEqualTo(migrationVersions().size());
        }
    }

    /** The versions of the migration files shipped, in order ("1", "3", ...). */
    private static List<String> migrationVersions() {
        try (var files = java.nio.file.Files.list(Path.of(MigrationTest.class.getResource("/db/migration").toURI()))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
