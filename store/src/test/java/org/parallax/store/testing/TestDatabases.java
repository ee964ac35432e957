package org.parallax.store.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.parallax.store.Database;
import org.parallax.store.DatabaseSettings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fresh, isolated, migrated databases for tests.
 * <ul>
 *   <li>H2: a new file database under the given directory.</li>
 *   <li>POSTGRES: a new schema in the database at {@code PARALLAX_TEST_PG_URL} (default
 *   {@code jdbc:postgresql://localhost:5432/parallax}, user and password from
 *   {@code PARALLAX_TEST_PG_USER} / {@code PARALLAX_TEST_PG_PASSWORD}, default parallax),
 *   dropped when the returned database is closed. When PostgreSQL is not reachable the test is
 *   skipped, or fails if {@code PARALLAX_REQUIRE_POSTGRES=true}.</li>
 * </ul>
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database open(DatabaseKind kind, Path tempDir) {
        return switch (kind) {
            case H2 -> Database.open(DatabaseSettings.embedded(tempDir.resolve("h2-" + uniqueSuffix())));
            case POSTGRES -> openPostgresSchema();
        };
    }

    /**
     * A database a test may close and open again, as a restarted process would: an H2 file, or a
     * PostgreSQL schema that {@link Reopenable#close()} drops.
     */
    public static Reopenable reopenable(DatabaseKind kind, Path tempDir) {
        return switch (kind) {
            case H2 -> new Reopenable(DatabaseSettings.embedded(tempDir.resolve("h2-" + uniqueSuffix())), () -> { });
            case POSTGRES -> {
                DatabaseSettings server = postgresSettings();
                String schema = "test_" + uniqueSuffix();
                execute(server, "CREATE SCHEMA " + schema);
                yield new Reopenable(new DatabaseSettings(withCurrentSchema(server.url(), schema), server.user(),
                        server.password()), () -> execute(server, "DROP SCHEMA " + schema + " CASCADE"));
            }
        };
    }

    /** See {@link #reopenable}. */
    public static final class Reopenable implements AutoCloseable {
        private final DatabaseSettings settings;
        private final Runnable drop;

        private Reopenable(DatabaseSettings settings, Runnable drop) {
            this.settings = settings;
            this.drop = drop;
        }

        /** Where the database is: for a command run against it, or a tool. */
        public DatabaseSettings settings() {
            return settings;
        }

        /** Opens (and migrates) the database; close what it returns before opening it again. */
        public Database open() {
            return Database.open(settings);
        }

        @Override
        public void close() {
            drop.run();
        }
    }

    /** The PostgreSQL server tests use, from the environment. */
    public static DatabaseSettings postgresSettings() {
        return new DatabaseSettings(
                env("PARALLAX_TEST_PG_URL", "jdbc:postgresql://localhost:5432/parallax"),
                env("PARALLAX_TEST_PG_USER", "parallax"),
                env("PARALLAX_TEST_PG_PASSWORD", "parallax"));
    }

    private static Database openPostgresSchema() {
        DatabaseSettings server = postgresSettings();
        String schema = "test_" + uniqueSuffix();
        execute(server, "CREATE SCHEMA " + schema);
        DatabaseSettings isolated = new DatabaseSettings(withCurrentSchema(server.url(), schema),
                server.user(), server.password());
        Runnable drop = () -> execute(server, "DROP SCHEMA " + schema + " CASCADE");
        try {
            return Database.open(isolated, drop);
        } catch (RuntimeException e) {
            drop.run();
            throw e;
        }
    }

    private static void execute(DatabaseSettings server, String sql) {
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            String reason = "PostgreSQL not reachable at " + server.safeUrl() + ": " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("PARALLAX_REQUIRE_POSTGRES"))) {
                Assertions.fail(reason + " (PARALLAX_REQUIRE_POSTGRES=true, so this is a failure)", e);
            }
            Assumptions.abort(reason);
        }
    }

    private static String withCurrentSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String uniqueSuffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
