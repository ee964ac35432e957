package org.parallax.store;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.FeedState;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.store.testing.SampleData.outlet;

class MigrationTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void migrationsCreateEmptyTables(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            for (String table : List.of("outlet", "feed", "feed_entry", "outlet_seed", "story", "article", "article_band",
                    "article_carrier", "brief", "forecast_question", "forecast_provider_status", "article_embedding")) {
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
            assertThat(migrations).isEqualTo(migrated).isEqualTo(migrationVersions().size());
        }
    }

    @Test
    void feedsListedBeforeVersion2BecomeFeedsDueAtOnce(@TempDir Path dir) {
        DatabaseSettings settings = DatabaseSettings.embedded(dir.resolve("v1"));
        Flyway v1 = Flyway.configure().dataSource(settings.url(), settings.user(), settings.password())
                .locations("classpath:db/migration").target("1").loggers("slf4j").load();
        v1.migrate();
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO outlet (id, name, name_key, domain) VALUES (1, 'A', 'a', 'a.example'), "
                    + "(2, 'B', 'b', 'b.example')");
            s.execute("INSERT INTO outlet_feed (outlet_id, url) VALUES (1, 'https://a.example/rss'), "
                    + "(2, 'https://a.example/rss'), (2, 'https://b.example/rss')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Database db = Database.open(settings)) {
            assertThat(db.outlets().find(1).orElseThrow().feeds()).containsExactly("https://a.example/rss");
            assertThat(db.outlets().find(2).orElseThrow().feeds()).containsExactly("https://b.example/rss");
            FeedState feed = db.feeds().findByUrl("https://b.example/rss").orElseThrow();
            assertThat(feed.kind()).isEqualTo(ArticleKind.NEWS);
            assertThat(feed.errorCount()).isZero();
            assertThat(db.feeds().due(Instant.now(), 10)).hasSize(2);
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
