package org.parallax.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.parallax.core.subjectivity.ShippedSubjectivityModel;
import org.parallax.pipeline.Embedders;
import org.parallax.pipeline.forecast.ForecastConfig;
import org.parallax.pipeline.live.LiveSettings;
import org.parallax.store.DatabaseSettings;

/**
 * All settings of a Parallax process, in one typed record. Built once in {@code main} from the
 * environment and the command line ({@link ConfigReader}), then passed down; nothing reads global
 * state later.
 *
 * @param dataDir          where the embedded database lives (and the sentence model's native libraries)
 * @param server           a database server (PostgreSQL) to use instead of the embedded database
 * @param web              where {@code serve} listens
 * @param live             whether and how {@code serve} polls the outlets' feeds
 * @param forecasts        the live prediction-market providers
 * @param pipelineInterval how often the server looks for new articles to group and briefs to compose
 * @param subjectivity     the fact-or-opinion model of the briefs: {@code checkthat} (trained on CheckThat!,
 *                         CC BY-NC-SA 4.0, the default) or {@code own} (the project's own sentences)
 */
public record ParallaxConfig(Path dataDir, Optional<DatabaseSettings> server, WebSettings web, LiveSettings live,
                             ForecastConfig forecasts, Duration pipelineInterval, ShippedSubjectivityModel subjectivity) {

    public static final Path DEFAULT_DATA_DIR = Path.of("parallax-data");
    public static final Duration DEFAULT_PIPELINE_INTERVAL = Duration.ofSeconds(30);

    /** The database to use: the server when one is configured, else the embedded one under {@link #dataDir}. */
    public DatabaseSettings database() {
        return server.orElseGet(() -> DatabaseSettings.embedded(dataDir));
    }

    /** Where the sentence model's native libraries are unpacked: under the data directory. */
    public Path nativeDir() {
        return Embedders.nativeDir(dataDir);
    }

    /**
     * Where {@code serve} listens.
     *
     * @param host the address the web server binds to
     * @param port the web server's port (0: any free port)
     */
    public record WebSettings(String host, int port) {
        public static final String DEFAULT_HOST = "localhost";
        public static final int DEFAULT_PORT = 8080;
    }
}
