package org.parallax.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

import org.parallax.core.embed.EmbeddingText;
import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.model.Article;
import org.parallax.store.Database;

/**
 * Sentence vectors of stored articles, computed at most once per article and model: looked up in
 * the database first, the missing ones embedded in one batch and stored.
 */
public final class ArticleEmbeddings {

    /** Texts sent to the model at once: large enough for its batching, small enough to show progress. */
    private static final int CHUNK = 64;

    private final Database db;
    private final SentenceEmbedder embedder;
    private final EmbeddingText text;
    private final String key;
    private long embedded;

    public ArticleEmbeddings(Database db, SentenceEmbedder embedder, EmbeddingText text) {
        this.db = Objects.requireNonNull(db, "db");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.text = Objects.requireNonNull(text, "text");
        // The cache key names the model and the rule for the embedded text: either changing means new vectors.
        this.key = embedder.modelId() + "|" + EmbeddingText.VERSION;
    }

    /** The vector of every article, by article id. */
    public Map<Long, float[]> of(List<Article> articles) {
        return of(articles, ready -> { });
    }

    /**
     * As {@link #of(List)}, telling {@code ready} after each chunk how many of the articles have
     * their vector so far (the model is slow: a batch of hundreds takes many seconds).
     */
    public Map<Long, float[]> of(List<Article> articles, IntConsumer ready) {
        Map<Long, float[]> vectors = new HashMap<>(db.embeddings().find(articles.stream().map(Article::id).toList(), key));
        Map<Long, String> missing = new LinkedHashMap<>();
        for (Article a : articles) {
            if (!vectors.containsKey(a.id())) {
                missing.put(a.id(), text.of(a.title(), a.text()));
            }
        }
        int cachedCount = vectors.size();
        List<Long> ids = new ArrayList<>(missing.keySet());
        List<String> texts = new ArrayList<>(missing.values());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            int to = Math.min(ids.size(), from + CHUNK);
            List<float[]> computed = embedder.embedAll(texts.subList(from, to));
            Map<Long, float[]> fresh = new LinkedHashMap<>();
            for (int i = from; i < to; i++) {
                fresh.put(ids.get(i), computed.get(i - from));
            }
            db.embeddings().saveAll(fresh, key);
            vectors.putAll(fresh);
            embedded += fresh.size();
            ready.accept(cachedCount + to);
        }
        return vectors;
    }

    /** Stored vectors only, for articles embedded before (those without one are left out). */
    public Map<Long, float[]> cached(List<Long> articleIds) {
        return db.embeddings().find(articleIds, key);
    }

    /** The mean of the stored vectors of these articles (a story's meaning), or null when none has one. */
    public float[] mean(List<Long> articleIds) {
        Map<Long, float[]> vectors = cached(articleIds);
        if (vectors.isEmpty()) {
            return null;
        }
        float[] sum = new float[dimensions()];
        for (float[] v : vectors.values()) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i] / vectors.size();
            }
        }
        return sum;
    }

    /** The key vectors are cached under. */
    public String key() {
        return key;
    }

    /** How many texts this instance has sent to the model (a test checks nothing is embedded twice). */
    public long embeddedCount() {
        return embedded;
    }

    public int dimensions() {
        return embedder.dimensions();
    }

    public SentenceEmbedder embedder() {
        return embedder;
    }
}
