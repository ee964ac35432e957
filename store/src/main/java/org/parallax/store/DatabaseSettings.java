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
    private static final String H2_READ_ONLY = ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0";
    private static final String EMBEDDED_NAME = "parallax";
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
    }

    /** An H2 file database {@code parallax.mv.db} in {@code dataDir}, created on first open. */
    public static DatabaseSettings embedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(EMBEDDED_NAME);
        return new DatabaseSettings("jdbc:h2:file:" + file + H2_FLAGS, "parallax", "");
    }

    /** The file of the embedded database in {@code dataDir}: it exists once a command that writes has run. */
    public static Path embeddedFile(Path dataDir) {
        return dataDir.resolve(EMBEDDED_NAME + ".mv.db");
    }

    /**
     * The same database for reading only: an embedded database is opened read-only, never created,
     * and writes no trace file; a server's connections are read-only.
     */
    public DatabaseSettings readOnly() {
        return url.startsWith("jdbc:h2:") ? new DatabaseSettings(url + H2_READ_ONLY, user, password) : this;
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
