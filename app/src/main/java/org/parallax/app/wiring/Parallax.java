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
import org.parallax.store.Database;

/**
 * The composition root of the commands that run the pipeline ({@code serve}, {@code import}): the
 * database with the outlet registry applied, the sentence model, and the pipeline stages wired to
 * them. Briefs get their nerd narrative from the stored question bank ({@link StoredForecastSource}).
 *
 * @param forecasts the question bank as briefs see it
 */
public record Parallax(Database db, Pipeline pipeline, ArticleEmbeddings embeddings, StoredForecastSource forecasts)
        implements AutoCloseable {

    /** Opens the database and loads the sentence model (its native libraries under the data directory). */
    public static Parallax open(ParallaxConfig config, InstantSource clock) {
        Database db = Databases.withOutlets(config, clock);
        try {
            return wire(db, clock, Embedders.load(config.nativeDir()), config);
        } catch (RuntimeException | Error e) {
            db.close();
            throw e;
        }
    }

    /** As {@link #open(ParallaxConfig, InstantSource)} with a given embedder (loaded once, shared by tests). */
    public static Parallax open(ParallaxConfig config, InstantSource clock, SentenceEmbedder embedder) {
        Database db = Databases.withOutlets(config, clock);
        try {
            return wire(db, clock, embedder, config);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static Parallax wire(Database db, InstantSource clock, SentenceEmbedder embedder, ParallaxConfig config) {
        ArticleEmbeddings embeddings = new ArticleEmbeddings(db, embedder, EmbeddingText.standard());
        StoredForecastSource forecasts = new StoredForecastSource(db, clock);
        return new Parallax(db, Pipelines.standard(db, embeddings, clock, forecasts, config.subjectivity()), embeddings,
                forecasts);
    }

    @Override
    public void close() {
        db.close();
    }
}
