package org.parallax.app;

import java.time.InstantSource;
import java.util.Optional;

import org.parallax.app.forecast.StoredForecastSource;
import org.parallax.app.live.RegistrySeeding;
import org.parallax.app.pipeline.ArticleEmbeddings;
import org.parallax.app.pipeline.BriefStage;
import org.parallax.app.pipeline.GroupingStage;
import org.parallax.app.pipeline.Pipeline;
import org.parallax.core.brief.BriefSettings;
import org.parallax.core.brief.ExtractiveBriefComposer;
import org.parallax.core.cluster.online.OnlineGroupingSettings;
import org.parallax.core.cluster.online.OnlineStoryGrouper;
import org.parallax.core.embed.CachingEmbedder;
import org.parallax.core.embed.EmbeddingText;
import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.forecast.ForecastSource;
import org.parallax.core.subjectivity.LearnedSubjectivity;
import org.parallax.core.subjectivity.ShippedSubjectivityModel;
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
            return new Parallax(db, pipeline(db, embeddings, clock, forecasts, config.subjectivity()), embeddings,
                    forecasts);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The server's pipeline without market forecasts. */
    public static Pipeline pipeline(Database db, ArticleEmbeddings embeddings, InstantSource clock) {
        return pipeline(db, embeddings, clock, ForecastSource.NONE);
    }

    /** The server's pipeline with the default fact-or-opinion model. */
    public static Pipeline pipeline(Database db, ArticleEmbeddings embeddings, InstantSource clock,
                                    ForecastSource forecasts) {
        return pipeline(db, embeddings, clock, forecasts, ParallaxConfig.DEFAULT_SUBJECTIVITY);
    }

    /** The server's pipeline: online story grouping on cached vectors, then briefs filed under topics. */
    public static Pipeline pipeline(Database db, ArticleEmbeddings embeddings, InstantSource clock,
                                    ForecastSource forecasts, ShippedSubjectivityModel subjectivity) {
        OnlineGroupingSettings grouping = OnlineGroupingSettings.defaults();
        GroupingStage groupingStage = new GroupingStage(db, new OnlineStoryGrouper(grouping, embeddings.dimensions()),
                embeddings, grouping.memory());
        TopicClassifier lexicon = new TopicClassifier();
        StoryTopics topics = new StoryTopics(lexicon, TopicPrototypes.standard(embeddings.embedder()));
        BriefStage briefStage = new BriefStage(db,
                composer(clock, lexicon, forecasts, embeddings.embedder(), subjectivity), topics, embeddings);
        return new Pipeline(groupingStage, briefStage);
    }

    /** The server's brief composer with the default fact-or-opinion model. */
    public static ExtractiveBriefComposer composer(InstantSource clock, TopicClassifier topics, ForecastSource forecasts,
                                                   SentenceEmbedder model) {
        return composer(clock, topics, forecasts, model, ParallaxConfig.DEFAULT_SUBJECTIVITY);
    }

    /** The server's brief composer over the sentence model, as `serve`, `import` and `eval brief` use it. */
    public static ExtractiveBriefComposer composer(InstantSource clock, TopicClassifier topics, ForecastSource forecasts,
                                                   SentenceEmbedder model, ShippedSubjectivityModel subjectivity) {
        SentenceEmbedder sentences = new CachingEmbedder(model, SENTENCE_CACHE);
        return new ExtractiveBriefComposer(clock, topics, BriefSettings.defaults(), forecasts, Optional.of(sentences),
                LearnedSubjectivity.load(subjectivityEmbedder(subjectivity, sentences), subjectivity));
    }

    /**
     * The vectors the fact-or-opinion model reads, cached: the own model reads the composer's MiniLM
     * sentences (one cache for corroboration and classification), the CheckThat! model its own encoder.
     */
    private static SentenceEmbedder subjectivityEmbedder(ShippedSubjectivityModel subjectivity, SentenceEmbedder sentences) {
        return subjectivity == ShippedSubjectivityModel.OWN ? sentences
                : new CachingEmbedder(Embedders.subjectivityEncoder(Embedders.defaultNativeDir()), SENTENCE_CACHE);
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
