package org.parallax.pipeline;

import java.time.InstantSource;
import java.util.Optional;

import org.parallax.core.brief.BriefSettings;
import org.parallax.core.brief.ExtractiveBriefComposer;
import org.parallax.core.cluster.online.OnlineGroupingSettings;
import org.parallax.core.cluster.online.OnlineStoryGrouper;
import org.parallax.core.embed.CachingEmbedder;
import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.forecast.ForecastSource;
import org.parallax.core.subjectivity.LearnedSubjectivity;
import org.parallax.core.subjectivity.ShippedSubjectivityModel;
import org.parallax.core.topic.StoryTopics;
import org.parallax.core.topic.TopicClassifier;
import org.parallax.core.topic.TopicDecider;
import org.parallax.core.topic.TopicPrototypes;
import org.parallax.store.Database;

/**
 * The server's pipeline and brief composer, built in one place so that {@code serve}, {@code import},
 * {@code eval brief} and the tests run exactly the same stages.
 */
public final class Pipelines {
    /** Sentences whose vectors the brief composer keeps: about 30 MB, a few hundred stories' leads. */
    private static final int SENTENCE_CACHE = 20_000;

    /** The fact-or-opinion model of the briefs unless configured otherwise (PARALLAX_SUBJECTIVITY_MODEL). */
    public static final ShippedSubjectivityModel DEFAULT_SUBJECTIVITY = ShippedSubjectivityModel.CHECKTHAT;

    private Pipelines() {
    }

    /** The server's pipeline without market forecasts. */
    public static Pipeline standard(Database db, ArticleEmbeddings embeddings, InstantSource clock) {
        return standard(db, embeddings, clock, ForecastSource.NONE);
    }

    /** The server's pipeline with the default fact-or-opinion model. */
    public static Pipeline standard(Database db, ArticleEmbeddings embeddings, InstantSource clock,
                                    ForecastSource forecasts) {
        return standard(db, embeddings, clock, forecasts, DEFAULT_SUBJECTIVITY);
    }

    /** The server's pipeline: online story grouping on cached vectors, then briefs filed under topics. */
    public static Pipeline standard(Database db, ArticleEmbeddings embeddings, InstantSource clock,
                                    ForecastSource forecasts, ShippedSubjectivityModel subjectivity) {
        OnlineGroupingSettings grouping = OnlineGroupingSettings.defaults();
        GroupingStage groupingStage = new GroupingStage(db, () -> new OnlineStoryGrouper(grouping, embeddings.dimensions()),
                embeddings, grouping.memory());
        StoryTopics topics = new StoryTopics(new TopicClassifier(), TopicPrototypes.standard(embeddings.embedder()));
        BriefStage briefStage = new BriefStage(db,
                composer(clock, topics.decider(embeddings::mean), forecasts, embeddings.embedder(), subjectivity));
        return new Pipeline(groupingStage, briefStage);
    }

    /** The server's brief composer with the default fact-or-opinion model. */
    public static ExtractiveBriefComposer composer(InstantSource clock, TopicClassifier topics, ForecastSource forecasts,
                                                   SentenceEmbedder model) {
        return composer(clock, topics, forecasts, model, DEFAULT_SUBJECTIVITY);
    }

    /** The server's brief composer with topics from the keyword lexicon alone, as `eval brief` uses it. */
    public static ExtractiveBriefComposer composer(InstantSource clock, TopicClassifier topics, ForecastSource forecasts,
                                                   SentenceEmbedder model, ShippedSubjectivityModel subjectivity) {
        return composer(clock, TopicDecider.lexicon(topics), forecasts, model, subjectivity);
    }

    /** The server's brief composer over the sentence model, as `serve` and `import` use it. */
    static ExtractiveBriefComposer composer(InstantSource clock, TopicDecider topics, ForecastSource forecasts,
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
}
