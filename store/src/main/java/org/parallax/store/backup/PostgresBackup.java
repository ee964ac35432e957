package org.parallax.store.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parallax.store.DatabaseSettings;

/**
 * A PostgreSQL database's backup with PostgreSQL's own tools: {@code pg_dump} in its custom format
 * (a consistent snapshot while the database is in use) and {@code pg_restore}, both found on the
 * {@code PATH}. With a {@code currentSchema} in the URL only that schema is dumped and restored.
 */
final class PostgresBackup implements DatabaseBackup {
    private static final String INSTALL = "install PostgreSQL's client tools of the server's major version or newer"
            + " (Debian, Ubuntu: apt-get install postgresql-client)";

    private final DatabaseSettings settings;
    private final PostgresUrl url;

    PostgresBackup(DatabaseSettings settings) {
        this.settings = settings;
        this.url = PostgresUrl.parse(settings.url());
    }

    @Override
    public void backup(Path file) {
        Backups.refuseExisting(file);
        List<String> command = new ArrayList<>(List.of("pg_dump", "--format=custom", "--no-owner", "--no-privileges",
                "--file=" + file.toAbsolutePath()));
        url.schema().ifPresent(schema -> command.add("--schema=" + schema));
        try {
            run(command);
        } catch (IllegalStateException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    @Override
    public void restore(Path file, boolean replace) {
        Backups.requireReadable(file);
        boolean holdsData = holdsTables();
        if (holdsData && !replace) {
            throw new IllegalStateException("the database " + url.describe() + " already holds tables: restore into an"
                    + " empty database, or give --force to replace what it holds");
        }
        List<String> command = new ArrayList<>(List.of("pg_restore", "--no-owner", "--no-privileges",
                "--exit-on-error", "--single-transaction"));
        url.schema().ifPresent(schema -> command.add("--schema=" + schema));
        if (holdsData) {
            command.addAll(List.of("--clean", "--if-exists"));
        }
        command.add(file.toAbsolutePath().toString());
        run(command);
    }

    /** Whether the schema (the URL's, else the user's search path) holds any table. */
    private boolean holdsTables() {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            rows.next();
            return rows.getLong(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database " + url.describe() + " as user '"
                    + settings.user() + "': " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** Runs a PostgreSQL tool against the database; its first error line becomes the failure's. */
    private void run(List<String> command) {
        List<String> full = new ArrayList<>(command.subList(0, 1));
        full.addAll(url.connectionOptions(settings.user()));
        full.addAll(command.subList(1, command.size()));
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PGPASSWORD", settings.password().isEmpty() ? url.parameters().getOrDefault("password", "") : settings.password());
        env.putIfAbsent("PGCONNECT_TIMEOUT", "10");
        url.sslMode().ifPresent(mode -> env.put("PGSSLMODE", mode));
        String tool = command.getFirst();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException(tool + " was not found on the PATH: " + INSTALL, e);
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            if (code != 0) {
                String reason = output.lines().filter(l -> !l.isBlank()).findFirst().orElse("exit code " + code);
                throw new IllegalStateException(tool + " failed on " + url.describe() + ": " + reason.strip()
                        + (reason.contains("version mismatch") ? " (" + INSTALL + ")" : ""));
            }
        } catch (IOException e) {
            throw new IllegalStateException(tool + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(tool + " was interrupted", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The failure already reported matters more than a half-written file.
        }
    }
}
