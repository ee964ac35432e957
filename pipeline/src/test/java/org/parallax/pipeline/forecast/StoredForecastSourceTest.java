package org.parallax.pipeline.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;
import org.parallax.core.forecast.MatchSettings;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

/** The bank is read into memory once per reload interval (or after invalidation), not per story. */
class StoredForecastSourceTest {

    private static final Instant T = Instant.parse("2026-03-05T12:00:00Z");
    private static final String TITLE = "Riverton council approves light-rail transit plan";
    private static final String LEAD = "The Riverton city council approved a light-rail transit plan on Tuesday.";

    @TempDir
    Path tempDir;

    private Instant now = T;

    private static MarketQuestion rail(String id) {
        return new MarketQuestion(MarketSource.KALSHI, id, "Will Riverton's light-rail transit plan be approved by the council?",
                "Riverton's council votes on a light-rail transit plan.", "https://kalshi.com/markets/" + id, 0.9, T,
                null, null, false, null, false);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void questionsStoredAfterLoadingAreSeenAfterInvalidationOrTheReloadInterval(DatabaseKind kind) {
        try (Database db = TestDatabases.open(kind, tempDir)) {
            InstantSource clock = () -> now;
            StoredForecastSource source = new StoredForecastSource(db, clock, Duration.ofMinutes(10), MatchSettings.defaults());

            assertThat(source.forecastFor(TITLE, LEAD, T)).isEmpty();
            db.forecasts().upsert(List.of(rail("R1")), T);
            assertThat(source.forecastFor(TITLE, LEAD, T)).isEmpty(); // still the index loaded before

            source.invalidate();
            assertThat(source.forecastFor(TITLE, LEAD, T)).hasValueSatisfying(f -> {
                assertThat(f.provider()).isEqualTo("Kalshi");
                assertThat(f.url()).isEqualTo("https://kalshi.com/markets/R1");
            });

            db.forecasts().upsert(List.of(rail("R2").resolvedAt(T.minusSeconds(1))), T);
            db.jdbi().useHandle(h -> h.execute("DELETE FROM forecast_question WHERE external_id = 'R1'"));
            now = T.plus(Duration.ofMinutes(9));
            assertThat(source.forecastFor(TITLE, LEAD, T)).isPresent();
            now = T.plus(Duration.ofMinutes(10));
            assertThat(source.forecastFor(TITLE, LEAD, T)).isEmpty(); // reloaded: R1 gone, R2 resolved before the story
            assertThat(source.size()).isEqualTo(1);
        }
    }
}
