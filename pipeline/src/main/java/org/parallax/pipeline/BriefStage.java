package org.parallax.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.Optional;
import java.util.Set;

import org.parallax.core.brief.BriefComposer;
import org.parallax.core.model.Article;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Topic;
import org.parallax.core.text.SentenceSplitter;
import org.parallax.core.topic.StoryTopics;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.publish.PublicationRule;
import org.parallax.store.Database;
import org.parallax.store.StoryRepository.StaleStory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composes the brief of every story whose articles changed since its last brief, and decides with
 * {@link PublicationRule#DEFAULT} whether the story is published or developing. A story whose
 * composition fails keeps its previous brief and is retried on the next run; the others go on.
 */
public final class BriefStage {
    private static final Logger LOG = LoggerFactory.getLogger(BriefStage.class);
    private static final int BATCH = 200;
    private final SentenceSplitter splitter = new SentenceSplitter();

    private final Database db;
    private final BriefComposer composer;
    private final StoryTopics topics;
    private final ArticleEmbeddings embeddings;

    /**
     * @param topics     files each story under a topic from its words and mean vector, overriding the
     *                   composer's topic; null to keep the composer's
     * @param embeddings the cached article vectors the topic is computed from; null for none
     */
    public BriefStage(Database db, BriefComposer composer, StoryTopics topics, ArticleEmbeddings embeddings) {
        this.db = db;
        this.composer = composer;
        this.topics = topics;
        this.embeddings = embeddings;
    }

    public BriefStage(Database db, BriefComposer composer) {
        this(db, composer, null, null);
    }

    /** Composes the briefs of stale stories, a batch at a time while {@code stillWriter} says so. */
    public Result run(BooleanSupplier stillWriter) {
        int composed = 0;
        int failed = 0;
        Map<Long, Optional<Outlet>> outlets = new HashMap<>();
        Set<Long> failedStories = new HashSet<>();
        List<StaleStory> batch;
        while (stillWriter.getAsBoolean() && !(batch = pending(failedStories)).isEmpty()) {
            for (StaleStory stale : batch) {
                List<SourcedArticle> articles = db.articles().ofStory(stale.storyId()).stream()
                        .flatMap(a -> outlets.computeIfAbsent(a.outletId(), db.outlets()::find).stream()
                                .map(outlet -> new SourcedArticle(a, outlet)))
                        .toList();
                try {
                    Brief brief = withTopic(composer.compose(stale.storyId(), articles), articles);
                    db.briefs().save(brief, stale.version(), PublicationRule.DEFAULT.status(brief, articles));
                    composed++;
                } catch (RuntimeException e) {
                    // A composer bug on one story must not stop the others; it is retried next run.
                    LOG.warn("could not compose the brief of story {}: {}", stale.storyId(), e.toString());
                    failedStories.add(stale.storyId());
                    failed++;
                }
            }
        }
        return new Result(composed, failed);
    }

    /** The brief filed under the topic of the story's words and meaning, when topics are configured. */
    private Brief withTopic(Brief brief, List<SourcedArticle> articles) {
        if (topics == null) {
            return brief;
        }
        List<Article> plain = articles.stream().map(SourcedArticle::article).toList();
        float[] mean = embeddings == null ? null : mean(embeddings.cached(plain.stream().map(Article::id).toList()));
        Topic topic = topics.classify(plain.stream().map(Article::title).toList(),
                plain.stream().map(a -> splitter.lead(a.text(), 3, 600)).toList(), mean);
        return brief.withTopic(topic);
    }

    private static float[] mean(Map<Long, float[]> vectors) {
        if (vectors.isEmpty()) {
            return null;
        }
        float[] sum = null;
        for (float[] v : vectors.values()) {
            if (sum == null) {
                sum = new float[v.length];
            }
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        return sum;
    }

    private List<StaleStory> pending(Set<Long> failedStories) {
        return db.stories().stale(BATCH + failedStories.size()).stream()
                .filter(s -> !failedStories.contains(s.storyId()))
                .limit(BATCH)
                .toList();
    }

    public record Result(int composed, int failed) {
    }
}
