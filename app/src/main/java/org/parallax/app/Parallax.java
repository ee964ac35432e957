package org.parallax.app;

import java.time.InstantSource;

import org.parallax.app.live.RegistrySeeding;
import org.parallax.app.pipeline.Pipeline;
import org.parallax.core.brief.ExtractiveBriefComposer;
import org.parallax.core.cluster.TfIdfGroupingSettings;
import org.parallax.core.cluster.TfIdfStoryGrouper;
import org.parallax.core.topic.TopicClassifier;
import org.parallax.store.Database;

/** The composition root: one open database (with the outlet registry applied) and the pipeline stages wired to it. */
public final class Parallax implements AutoCloseable {
    private final Database db;
    private final Pipeline pipeline;

    private Parallax(Database db, Pipeline pipeline) {
        this.db = db;
        this.pipeline = pipeline;
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
        Pipeline pipeline = new Pipeline(db, new TfIdfStoryGrouper(grouping), grouping.window(),
                new ExtractiveBriefComposer(clock, new TopicClassifier()));
        return new Parallax(db, pipeline);
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
