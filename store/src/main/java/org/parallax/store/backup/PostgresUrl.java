package org.parallax.store.backup;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a PostgreSQL JDBC URL ({@code jdbc:postgresql://host:port/database?currentSchema=s})
 * that PostgreSQL's own tools take as options.
 */
record PostgresUrl(String host, String port, String database, Map<String, String> parameters) {
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql:(?://([^/?]*)/?)?([^?]*)(?:\\?(.*))?");

    static PostgresUrl parse(String url) {
        Matcher m = JDBC.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE)");
        }
        String hostPort = m.group(1) == null || m.group(1).isEmpty() ? "localhost" : m.group(1).split(",")[0];
        String host = hostPort;
        String port = "5432";
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            port = hostPort.substring(colon + 1);
        }
        Map<String, String> parameters = new HashMap<>();
        if (m.group(3) != null) {
            for (String pair : m.group(3).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        String database = m.group(2).isEmpty() ? "postgres" : URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
        return new PostgresUrl(host.replace("[", "").replace("]", ""), port, database, Map.copyOf(parameters));
    }

    /** The one schema the URL works in ({@code currentSchema}), if it names one. */
    Optional<String> schema() {
        return Optional.ofNullable(parameters.get("currentSchema")).map(s -> s.split(",")[0].strip())
                .filter(s -> !s.isEmpty());
    }

    Optional<String> sslMode() {
        return Optional.ofNullable(parameters.get("sslmode"));
    }

    /** Host, port, user and database as options of pg_dump and pg_restore (the password goes by PGPASSWORD). */
    List<String> connectionOptions(String user) {
        List<String> options = new ArrayList<>(List.of("--host=" + host, "--port=" + port, "--dbname=" + database));
        String who = user == null || user.isEmpty() ? parameters.get("user") : user;
        if (who != null && !who.isEmpty()) {
            options.add("--username=" + who);
        }
        options.add("--no-password");
        return options;
    }

    /** The database in messages: host, port, name and schema, never a password. */
    String describe() {
        return database + " on " + host + ":" + port + schema().map(s -> " (schema " + s + ")").orElse("");
    }
}
