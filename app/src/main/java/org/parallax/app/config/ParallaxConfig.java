package org.parallax.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.parallax.store.DatabaseSettings;

/**
 * All settings of a Parallax process, in one typed record with defaults. Built once in {@code main}
 * from the environment and the command line, then passed down; nothing reads global state later.
 *
 * @param dataDir          where the embedded database lives
 * @param database         the database to use: embedded H2 under dataDir unless PARALLAX_DB_URL is set
 * @param host             the address the web server binds to
 * @param port             the web server's port
 * @param pipelineInterval how often the server looks for new articles to group and briefs to compose
 */
public record ParallaxConfig(Path dataDir, DatabaseSettings database, String host, int port,
                             Duration pipelineInterval) {

    public static final Path DEFAULT_DATA_DIR = Path.of("parallax-data");
    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_PIPELINE_INTERVAL = Duration.ofSeconds(30);

    /**
     * Reads PARALLAX_DATA, PARALLAX_HOST, PARALLAX_PORT, PARALLAX_DB_URL, PARALLAX_DB_USER and
     * PARALLAX_DB_PASSWORD; command-line values (non-null arguments) win over the environment.
     */
    public static ParallaxConfig from(Map<String, String> env, Path dataDirOption, Integer portOption,
                                      String hostOption) {
        Path dataDir = dataDirOption != null ? dataDirOption
                : Path.of(env.getOrDefault("PARALLAX_DATA", DEFAULT_DATA_DIR.toString()));
        int port = portOption != null ? portOption : parsePort(env.get("PARALLAX_PORT"));
        String host = hostOption != null ? hostOption : env.getOrDefault("PARALLAX_HOST", DEFAULT_HOST);
        String url = env.get("PARALLAX_DB_URL");
        DatabaseSettings database = url == null || url.isBlank()
                ? DatabaseSettings.embedded(dataDir)
                : new DatabaseSettings(url, env.getOrDefault("PARALLAX_DB_USER", ""),
                        env.getOrDefault("PARALLAX_DB_PASSWORD", ""));
        return new ParallaxConfig(dataDir, database, host, port, DEFAULT_PIPELINE_INTERVAL);
    }

    private static int parsePort(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("PARALLAX_PORT must be between 0 and 65535: " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PARALLAX_PORT is not a number: " + value, e);
        }
    }
}
