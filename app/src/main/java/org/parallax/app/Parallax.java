package org.parallax.app;

import java.time.InstantSource;

import org.parallax.app.pipeline.ArticleEmbeddings;
import org.parallax.app.pipeline.BriefStage;
import org.parallax.app.pipeline.GroupingStage;
import org.parallax.app.pipeline.Pipeline;
import org.parallax.core.brief.ExtractiveBriefComposer;
import org.parallax.core.cluster.online.OnlineGroupingSettings;
import org.parallax.core.cluster.online.OnlineStoryGrouper;
import org.parallax.core.embed.EmbeddingText;
import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.topic.StoryTopics;
import org.parallax.core.topic.TopicClassifier;
import org.parallax.core.topic.TopicPrototypes;
import org.parallax.store.Database;

/** The composition root: one open database, the sentence model, and the pipeline stages wired to them. */
public final class Parallax implements AutoCloseable {
    private final Database db;
    private final Pipeline pipeline;
    private final ArticleEmbeddings embeddings;

    private Parallax(Database db, Pipeline pipeline, ArticleEmbeddings embeddings) {
        this.db = db;
        this.pipeline = pipeline;
        this.embeddings = embeddings;
    }

    public static Parallax open(ParallaxConfig config, InstantSource clock) {
        return open(config, clock, Embedders.load(Embedders.nativeDir(config.dataDir())));
    }

    /** As {@link #open(ParallaxConfig, InstantSource)} with a given embedder (loaded once, shared by tests). */
    public static Parallax open(ParallaxConfig config, InstantSource clock, SentenceEmbedder embedder) {
        Database db = Database.open(config.database());
        try {
            ArticleEmbeddings embeddings = new ArticleEmbeddings(db, embedder, EmbeddingText.standard());
            return new Parallax(db, pipeline(db, embeddings, clock), embeddings);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The server's pipeline: online story grouping on cached vectors, then briefs filed under topics. */
    public static Pipeline pipeline(Database db, ArticleEmbeddings embeddings, InstantSource clock) {
        OnlineGroupingSettings grouping = OnlineGroupingSettings.defaults();
        GroupingStage groupingStage = new GroupingStage(db, new OnlineStoryGrouper(grouping, embeddings.dimensions()),
                embeddings, grouping.memory());
        TopicClassifier lexicon = new TopicClassifier();
        StoryTopics topics = new StoryTopics(lexicon, TopicPrototypes.standard(embeddings.embedder()));
        BriefStage briefStage = new BriefStage(db, new ExtractiveBriefComposer(clock, lexicon), topics, embeddings);
        return new Pipeline(groupingStage, briefStage);
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
