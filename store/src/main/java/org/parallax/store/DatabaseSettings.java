package org.parallax.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the database is and how to log in.
 *
 * @param url      a JDBC URL: {@code jdbc:postgresql:...} or {@code jdbc:h2:...} (H2 in PostgreSQL mode)
 * @param password may be empty, never printed by {@link #toString()}
 */
public record DatabaseSettings(String url, String user, String password) {

    /*
     * PostgreSQL compatibility flags as H2 recommends them. DB_CLOSE_ON_EXIT=FALSE: the
     * application closes the pool itself, H2's own shutdown hook would close the database
     * under statements still running. If the process is killed, MVStore keeps the file
     * consistent but may lose the commits of the last second (default WRITE_DELAY); the
     * pipeline redoes them. WRITE_DELAY=0 would lose none but bloats the file several times.
     */
    private static final String H2_FLAGS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
    }

    /** An H2 file database {@code parallax.mv.db} in {@code dataDir}, created on first open. */
    public static DatabaseSettings embedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("parallax");
        return new DatabaseSettings("jdbc:h2:file:" + file + H2_FLAGS, "parallax", "");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL with any password parameter masked, for messages and logs. */
    public String safeUrl() {
        return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + safeUrl() + ", user=" + user + ", password=***]";
    }
}
