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
import org.parallax.core.topic.StoryTopics;
import org.parallax.core.topic.TopicClassifier;
import org.parallax.core.topic.TopicPrototypes;
import org.parallax.store.Database;

/**
 * The server's pipeline and brief composer, built in one place so that {@code serve}, {@code import},
 * {@code eval brief} and the tests run exactly the same stages.
 */
public final class Pipelines {
    /** Sentences whose vectors the brief composer keeps: about 30 MB, a few hundred stories' leads. */
    private static final int SENTENCE_CACHE = 20_000;

    private Pipelines() {
    }

    /** The server's pipeline without market forecasts. */
    public static Pipeline standard(Database db, ArticleEmbeddings embeddings, InstantSource clock) {
        return standard(db, embeddings, clock, ForecastSource.NONE);
    }

    /** The server's pipeline: online story grouping on cached vectors, then briefs filed under topics. */
    public static Pipeline standard(Database db, ArticleEmbeddings embeddings, InstantSource clock,
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
}
