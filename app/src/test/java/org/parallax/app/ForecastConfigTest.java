package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.pipeline.forecast.ForecastConfig;
import org.parallax.core.forecast.MarketSource;
import org.parallax.markets.LiveProviders;

class ForecastConfigTest {

    @Test
    void byDefaultTheKeylessProvidersAreOnAndMetaculusWaitsForAToken() {
        ForecastConfig config = ForecastConfig.from(Map.of());

        assertThat(config.live()).isTrue();
        assertThat(config.refreshInterval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.providers().allowPrivateAddresses()).isFalse();
        assertThat(LiveProviders.disabled(config.providers())).containsOnlyKeys(MarketSource.METACULUS);
        assertThat(LiveProviders.disabled(ForecastConfig.from(Map.of("PARALLAX_METACULUS_TOKEN", "t")).providers())).isEmpty();
    }

    @Test
    void eachProviderCanBeSwitchedOffOrPointedElsewhere() {
        ForecastConfig config = ForecastConfig.from(Map.of(
                "PARALLAX_FORECASTS_LIVE", "off",
                "PARALLAX_FORECAST_KALSHI", "off",
                "PARALLAX_FORECAST_MANIFOLD_URL", "http://mirror.example:8080/manifold",
                "PARALLAX_FORECAST_REFRESH_MINUTES", "5",
                "PARALLAX_FORECAST_MAX_QUESTIONS", "40"));

        assertThat(config.live()).isFalse();
        assertThat(config.refreshInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.providers().kalshi().enabled()).isFalse();
        assertThat(config.providers().manifold().baseUrl()).isEqualTo(URI.create("http://mirror.example:8080/manifold"));
        assertThat(config.providers().polymarket().maxQuestions()).isEqualTo(40);
    }

    @Test
    void badValuesAreRefusedWithTheVariablesName() {
        assertThatThrownBy(() -> ForecastConfig.from(Map.of("PARALLAX_FORECAST_KALSHI", "maybe")))
                .hasMessageContaining("PARALLAX_FORECAST_KALSHI");
        assertThatThrownBy(() -> ForecastConfig.from(Map.of("PARALLAX_FORECAST_REFRESH_MINUTES", "0")))
                .hasMessageContaining("PARALLAX_FORECAST_REFRESH_MINUTES");
        assertThatThrownBy(() -> ForecastConfig.from(Map.of("PARALLAX_FORECAST_MANIFOLD_URL", "file:///etc/passwd")))
                .hasMessageContaining("http(s)");
    }

    @Test
    void theTokenNeverShowsInTheSettingsText() {
        ForecastConfig config = ForecastConfig.from(Map.of("PARALLAX_METACULUS_TOKEN", "very-secret"));

        assertThat(config.providers().metaculus().token()).isEqualTo("very-secret");
        assertThat(config.providers().metaculus().toString()).doesNotContain("very-secret");
        assertThat(config.toString()).doesNotContain("very-secret");
    }
}
