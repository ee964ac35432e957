package org.parallax.app;

import java.time.InstantSource;

import org.parallax.app.forecast.StoredForecastSource;
import org.parallax.app.live.RegistrySeeding;
import org.parallax.app.pipeline.Pipeline;
import org.parallax.core.brief.BriefSettings;
import org.parallax.core.brief.ExtractiveBriefComposer;
import org.parallax.core.cluster.TfIdfGroupingSettings;
import org.parallax.core.cluster.TfIdfStoryGrouper;
import org.parallax.core.topic.TopicClassifier;
import org.parallax.store.Database;

/**
 * The composition root: one open database (with the outlet registry applied) and the pipeline
 * stages wired to it. Briefs get their nerd narrative from the stored question bank
 * ({@link StoredForecastSource}).
 */
public final class Parallax implements AutoCloseable {
    private final Database db;
    private final Pipeline pipeline;
    private final StoredForecastSource forecasts;

    private Parallax(Database db, Pipeline pipeline, StoredForecastSource forecasts) {
        this.db = db;
        this.pipeline = pipeline;
        this.forecasts = forecasts;
    }

    public static Parallax open(ParallaxConfig config, InstantSource clock) {
        Database db = Database.open(config.database());
        try {
            RegistrySeeding.seed(db, clock);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        TfIdfGroupingSettings grouping = TfIdfGroupingSettings.defaults();
        StoredForecastSource forecasts = new StoredForecastSource(db, clock);
        Pipeline pipeline = new Pipeline(db, new TfIdfStoryGrouper(grouping), grouping.window(),
                new ExtractiveBriefComposer(clock, new TopicClassifier(), BriefSettings.defaults(), forecasts));
        return new Parallax(db, pipeline, forecasts);
    }

    /** The question bank as briefs see it. */
    public StoredForecastSource forecasts() {
        return forecasts;
    }

    public Database db() {
        return db;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    @Override
    public void close() {
        db.close();
    }

}
