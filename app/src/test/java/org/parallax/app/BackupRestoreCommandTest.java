package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.pipeline.testing.Fixtures;
import org.parallax.store.DatabaseSettings;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

/** {@code parallax backup FILE} and {@code parallax restore FILE [--force]} on both databases, as an operator runs them. */
class BackupRestoreCommandTest {

    @TempDir
    Path tempDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryArticleAndARestoreOverDataNeedsForce(DatabaseKind kind)
            throws Exception {
        try (TestDatabases.Reopenable database = TestDatabases.reopenable(kind, tempDir)) {
            Map<String, String> env = kind == DatabaseKind.POSTGRES ? Map.of(
                    "PARALLAX_DB_URL", database.settings().url(), "PARALLAX_DB_USER", database.settings().user(),
                    "PARALLAX_DB_PASSWORD", database.settings().password()) : Map.of();
            String data = tempDir.resolve("data").toString();
            Path file = Fixtures.copy("two-stories.jsonl", tempDir);
            assertThat(Main.run(env, "import", "--no-pipeline", "--quiet", "--data", data, file.toString()))
                    .as(err.toString(StandardCharsets.UTF_8)).isZero();
            String stored = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            long articles = Long.parseLong(stored.replaceAll(".*: (\\d+) stored.*", "$1"));
            assertThat(articles).isPositive();

            Path backup = tempDir.resolve("backup");
            assertThat(Main.run(env, "backup", "--data", data, backup.toString()))
                    .as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("backed up ").doesNotContain("password");

            err.reset();
            assertThat(Main.run(env, "restore", "--data", data, backup.toString())).isEqualTo(1);
            String refusal = err.toString(StandardCharsets.UTF_8);
            assertThat(refusal.lines()).hasSize(1);
            assertThat(refusal).startsWith("parallax: ").contains("--force").doesNotContain("jdbc:");

            String target = data;
            if (kind == DatabaseKind.POSTGRES) {
                emptySchema(database.settings());
            } else {
                target = tempDir.resolve("restored").toString();
            }
            out.reset();
            assertThat(Main.run(env, "restore", "--data", target, backup.toString()))
                    .as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(": " + articles + " articles");

            out.reset();
            assertThat(Main.run(env, "restore", "--force", "--data", target, backup.toString()))
                    .as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(": " + articles + " articles");
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
