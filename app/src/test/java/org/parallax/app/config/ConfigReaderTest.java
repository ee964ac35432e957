package org.parallax.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.core.forecast.MarketSource;
import org.parallax.core.subjectivity.ShippedSubjectivityModel;
import org.parallax.markets.LiveProviders;
import org.parallax.pipeline.forecast.ForecastConfig;

class ConfigReaderTest {
    private static final CommandFlags NO_FLAGS = CommandFlags.data(null);

    private static ParallaxConfig read(Map<String, String> env) {
        return ConfigReader.read(env, NO_FLAGS);
    }

    @Test
    void withoutVariablesParallaxUsesTheEmbeddedDatabaseInTheWorkingDirectoryAndPolls() {
        ParallaxConfig config = read(Map.of());

        assertThat(config.dataDir()).isEqualTo(Path.of("parallax-data"));
        assertThat(config.server()).isEmpty();
        assertThat(config.database().url()).startsWith("jdbc:h2:file:").contains("parallax-data");
        assertThat(config.web()).isEqualTo(new ParallaxConfig.WebSettings("localhost", 8080));
        assertThat(config.live().poll()).isTrue();
        assertThat(config.live().fetch().userAgent()).contains(ConfigReader.DEFAULT_CONTACT);
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        Map<String, String> env = Map.of("PARALLAX_DATA", "/srv/parallax", "PARALLAX_PORT", "9000",
                "PARALLAX_HOST", "0.0.0.0", "PARALLAX_POLL", "on");

        assertThat(read(env).dataDir()).isEqualTo(Path.of("/srv/parallax"));
        assertThat(read(env).web().port()).isEqualTo(9000);
        ParallaxConfig config = ConfigReader.read(env, new CommandFlags(Path.of("here"), 8101, "127.0.0.1", true));
        assertThat(config.dataDir()).isEqualTo(Path.of("here"));
        assertThat(config.web()).isEqualTo(new ParallaxConfig.WebSettings("127.0.0.1", 8101));
        assertThat(config.live().poll()).isFalse();
    }

    @Test
    void aDatabaseServerReplacesTheEmbeddedDatabase() {
        ParallaxConfig config = read(Map.of("PARALLAX_DB_URL", "jdbc:postgresql://db:5432/news",
                "PARALLAX_DB_USER", "reader", "PARALLAX_DB_PASSWORD", "secret"));

        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://db:5432/news");
        assertThat(config.database().user()).isEqualTo("reader");
        assertThat(config.database().password()).isEqualTo("secret");
        assertThat(config.toString()).doesNotContain("secret");
    }

    @Test
    void liveIngestionReadsItsVariables() {
        ParallaxConfig config = read(Map.of("PARALLAX_POLL", "false", "PARALLAX_BOT_CONTACT", "mailto:ops@example.org",
                "PARALLAX_HOST_DELAY", "0.5"));

        assertThat(config.live().poll()).isFalse();
        assertThat(config.live().fetch().userAgent()).contains("mailto:ops@example.org");
        assertThat(config.live().fetch().hostDelay()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void byDefaultTheKeylessProvidersAreOnAndMetaculusWaitsForAToken() {
        ForecastConfig config = read(Map.of()).forecasts();

        assertThat(config.live()).isTrue();
        assertThat(config.refreshInterval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.providers().allowPrivateAddresses()).isFalse();
        assertThat(LiveProviders.disabled(config.providers())).containsOnlyKeys(MarketSource.METACULUS);
        assertThat(LiveProviders.disabled(read(Map.of("PARALLAX_METACULUS_TOKEN", "t")).forecasts().providers()))
                .isEmpty();
    }

    @Test
    void eachProviderCanBeSwitchedOffOrPointedElsewhere() {
        ForecastConfig config = read(Map.of(
                "PARALLAX_FORECASTS_LIVE", "off",
                "PARALLAX_FORECAST_KALSHI", "off",
                "PARALLAX_FORECAST_MANIFOLD_URL", "http://mirror.example:8080/manifold",
                "PARALLAX_FORECAST_REFRESH_MINUTES", "5",
                "PARALLAX_FORECAST_MAX_QUESTIONS", "40")).forecasts();

        assertThat(config.live()).isFalse();
        assertThat(config.refreshInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.providers().kalshi().enabled()).isFalse();
        assertThat(config.providers().manifold().baseUrl()).isEqualTo(URI.create("http://mirror.example:8080/manifold"));
        assertThat(config.providers().polymarket().maxQuestions()).isEqualTo(40);
    }

    @Test
    void theFactOrOpinionModelIsTheCheckThatOneUnlessTheOwnIsChosen() {
        assertThat(read(Map.of()).subjectivity()).isEqualTo(ShippedSubjectivityModel.CHECKTHAT);
        assertThat(read(Map.of("PARALLAX_SUBJECTIVITY_MODEL", "own")).subjectivity())
                .isEqualTo(ShippedSubjectivityModel.OWN);
        assertThat(read(Map.of("PARALLAX_SUBJECTIVITY_MODEL", " CheckThat ")).subjectivity())
                .isEqualTo(ShippedSubjectivityModel.CHECKTHAT);
    }

    @Test
    void badValuesAreRefusedWithTheVariablesName() {
        assertThatThrownBy(() -> read(Map.of("PARALLAX_FORECAST_KALSHI", "maybe")))
                .hasMessageContaining("PARALLAX_FORECAST_KALSHI");
        assertThatThrownBy(() -> read(Map.of("PARALLAX_FORECAST_REFRESH_MINUTES", "0")))
                .hasMessageContaining("PARALLAX_FORECAST_REFRESH_MINUTES");
        assertThatThrownBy(() -> read(Map.of("PARALLAX_FORECAST_MANIFOLD_URL", "file:///etc/passwd")))
                .hasMessageContaining("http(s)");
        assertThatThrownBy(() -> read(Map.of("PARALLAX_PORT", "eighty"))).hasMessageContaining("PARALLAX_PORT");
        assertThatThrownBy(() -> read(Map.of("PARALLAX_POLL", "sometimes"))).hasMessageContaining("PARALLAX_POLL");
        assertThatThrownBy(() -> read(Map.of("PARALLAX_HOST_DELAY", "-1"))).hasMessageContaining("PARALLAX_HOST_DELAY");
        assertThatThrownBy(() -> read(Map.of("PARALLAX_BOT_CONTACT", "ops\u00e9")))
                .hasMessageContaining("PARALLAX_BOT_CONTACT");
        assertThatThrownBy(() -> read(Map.of("PARALLAX_SUBJECTIVITY_MODEL", "mine")))
                .hasMessageContaining("PARALLAX_SUBJECTIVITY_MODEL").hasMessageContaining("own or checkthat");
    }

    @Test
    void theTokenNeverShowsInTheSettingsText() {
        ParallaxConfig config = read(Map.of("PARALLAX_METACULUS_TOKEN", "very-secret"));

        assertThat(config.forecasts().providers().metaculus().token()).isEqualTo("very-secret");
        assertThat(config.forecasts().providers().metaculus().toString()).doesNotContain("very-secret");
        assertThat(config.toString()).doesNotContain("very-secret");
    }
}
