package org.parallax.app.wiring;

import java.time.InstantSource;

import org.parallax.app.config.ParallaxConfig;
import org.parallax.core.embed.EmbeddingText;
import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.pipeline.ArticleEmbeddings;
import org.parallax.pipeline.Embedders;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.Pipelines;
import org.parallax.pipeline.forecast.StoredForecastSource;
import org.parallax.pipeline.live.RegistrySeeding;
import org.parallax.store.Database;

/**
 * The composition root: one open database (with the outlet registry applied), the sentence model,
 * and the pipeline stages wired to them. Briefs get their nerd narrative from the stored question
 * bank ({@link StoredForecastSource}).
 */
public final class Parallax implements AutoCloseable {
    private final Database db;
    private final Pipeline pipeline;
    private final ArticleEmbeddings embeddings;
    private final StoredForecastSource forecasts;

    private Parallax(Database db, Pipeline pipeline, ArticleEmbeddings embeddings, StoredForecastSource forecasts) {
        this.db = db;
        this.pipeline = pipeline;
        this.embeddings = embeddings;
        this.forecasts = forecasts;
    }

    public static Parallax open(ParallaxConfig config, InstantSource clock) {
        return open(config, clock, Embedders.load(Embedders.nativeDir(config.dataDir())));
    }

    /** As {@link #open(ParallaxConfig, InstantSource)} with a given embedder (loaded once, shared by tests). */
    public static Parallax open(ParallaxConfig config, InstantSource clock, SentenceEmbedder embedder) {
        Database db = Database.open(config.database());
        try {
            RegistrySeeding.seed(db, clock);
            ArticleEmbeddings embeddings = new ArticleEmbeddings(db, embedder, EmbeddingText.standard());
            StoredForecastSource forecasts = new StoredForecastSource(db, clock);
            return new Parallax(db, Pipelines.standard(db, embeddings, clock, forecasts), embeddings, forecasts);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
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

    public ArticleEmbeddings embeddings() {
        return embeddings;
    }

    @Override
    public void close() {
        db.close();
    }
}
