package org.parallax.pipeline.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

import org.parallax.core.forecast.Entities;
import org.parallax.core.forecast.ForecastSource;
import org.parallax.core.forecast.MatchSettings;
import org.parallax.core.forecast.QuestionIndex;
import org.parallax.core.forecast.TfIdfSimilarity;
import org.parallax.core.model.Forecast;
import org.parallax.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forecasts from the stored question bank, matched in memory: the bank is loaded into a
 * {@link QuestionIndex} at first use and again when the index is older than {@code reloadEvery} or
 * was invalidated after a refresh, never once per story. A bank that cannot be loaded gives no
 * forecasts (and keeps the previous index), never a failed brief.
 */
public final class StoredForecastSource implements ForecastSource {

    private static final Logger LOG = LoggerFactory.getLogger(StoredForecastSource.class);
    /** Most questions held in memory, those with the most recent probabilities. */
    static final int MAX_QUESTIONS = 100_000;

    private final Database db;
    private final InstantSource clock;
    private final Duration reloadEvery;
    private final MatchSettings settings;
    private final Entities entities = Entities.standard();
    private QuestionIndex index;
    private Instant loadedAt;

    public StoredForecastSource(Database db, InstantSource clock, Duration reloadEvery, MatchSettings settings) {
        this.db = db;
        this.clock = clock;
        this.reloadEvery = reloadEvery;
        this.settings = settings;
    }

    public StoredForecastSource(Database db, InstantSource clock) {
        this(db, clock, Duration.ofMinutes(10), MatchSettings.defaults());
    }

    @Override
    public Optional<Forecast> forecastFor(String title, String lead, Instant storyTime) {
        return current().match(title, lead, storyTime).map(c -> c.question().toForecast());
    }

    /** The next story reloads the bank: call after the bank changed. */
    public synchronized void invalidate() {
        loadedAt = null;
    }

    /** The number of questions in memory now (loading them if needed). */
    public int size() {
        return current().size();
    }

    private synchronized QuestionIndex current() {
        Instant now = clock.instant();
        if (index == null || loadedAt == null || !now.isBefore(loadedAt.plus(reloadEvery))) {
            try {
                index = QuestionIndex.build(db.forecasts().recent(MAX_QUESTIONS), entities, TfIdfSimilarity.defaults(),
                        settings);
            } catch (RuntimeException e) {
                LOG.warn("could not load the forecast question bank, keeping the previous one: {}", e.toString());
                if (index == null) {
                    index = QuestionIndex.build(List.of(), entities, TfIdfSimilarity.defaults(), settings);
                }
            }
            loadedAt = now;
        }
        return index;
    }
}
