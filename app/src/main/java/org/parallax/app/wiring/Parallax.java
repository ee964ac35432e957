package org.parallax.app.wiring;

import java.time.InstantSource;
import java.util.Optional;

import org.parallax.app.config.ParallaxConfig;
import org.parallax.pipeline.ArticleEmbeddings;
import org.parallax.pipeline.BriefStage;
import org.parallax.pipeline.Embedders;
import org.parallax.pipeline.GroupingStage;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.forecast.StoredForecastSource;
import org.parallax.pipeline.live.RegistrySeeding;
import org.parallax.core.brief.BriefSettings;
import org.parallax.core.brief.ExtractiveBriefComposer;
import org.parallax.core.cluster.online.OnlineGroupingSettings;
import org.parallax.core.cluster.online.OnlineStoryGrouper;
import org.parallax.core.embed.CachingEmbedder;
import org.parallax.core.embed.EmbeddingText;
import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.forecast.ForecastSource;
import org.parallax.core.subjectivity.LearnedSubjectivity;
import org.parallax.core.topic.StoryTopics;
import org.parallax.core.topic.TopicClassifier;
import org.parallax.core.topic.TopicPrototypes;
import org.parallax.store.Database;

/**
 * The composition root: one open database (with the outlet registry applied), the sentence model,
 * and the pipeline stages wired to them. Briefs get their nerd narrative from the stored question
 * bank ({@link StoredForecastSource}).
 */
public final class Parallax implements AutoCloseable {
    /** Sentences whose vectors the brief composer keeps: about 30 MB, a few hundred stories' leads. */
    private static final int SENTENCE_CACHE = 20_000;

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
            return new Parallax(db, pipeline(db, embeddings, clock, forecasts), embeddings, forecasts);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The server's pipeline without market forecasts. */
    public static Pipeline pipeline(Database db, ArticleEmbeddings embeddings, InstantSource clock) {
        return pipeline(db, embeddings, clock, ForecastSource.NONE);
    }

    /** The server's pipeline: online story grouping on cached vectors, then briefs filed under topics. */
    public static Pipeline pipeline(Database db, ArticleEmbeddings embeddings, InstantSource clock,
                                    ForecastSource forecasts) {
        OnlineGroupingSettings grouping = OnlineGroupingSettings.defaults();
        GroupingStage groupingStage = new GroupingStage(db, new OnlineStoryGrouper(grouping, embeddings.dimensions()),
                embeddings, grouping.memory());
        TopicClassifier lexicon = new TopicClassifier();
        StoryTopics topics = new StoryTopics(lexicon, TopicPrototypes.standard(embeddings.embedder()));
        BriefStage briefStage = new BriefStage(db, composer(clock, lexicon, forecasts, embeddings.embedder()), topics,
                embeddings);
        return new Pipeline(groupingStage, briefStage);
    }

    /** The server's brief composer over the sentence model, as `serve`, `import` and `eval brief` use it. */
    public static ExtractiveBriefComposer composer(InstantSource clock, TopicClassifier topics, ForecastSource forecasts,
                                                   SentenceEmbedder model) {
        // Corroboration and the fact-or-opinion classifier read the same sentences.
        SentenceEmbedder sentences = new CachingEmbedder(model, SENTENCE_CACHE);
        return new ExtractiveBriefComposer(clock, topics, BriefSettings.defaults(), forecasts, Optional.of(sentences),
                LearnedSubjectivity.load(sentences));
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
