package org.parallax.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.parallax.core.embed.Vectors;

/**
 * Sentence vectors of articles, cached under a model key so that no article is embedded twice by
 * the same model (see {@code V3__embeddings.sql}).
 */
public final class EmbeddingRepository {

    /** Ids per query: far below the bind-parameter limits of H2 and PostgreSQL. */
    private static final int CHUNK = 500;

    private static final String INSERT_UNLESS_STORED = """
            MERGE INTO article_embedding e
            USING (SELECT CAST(:articleId AS BIGINT) AS article_id, CAST(:model AS VARCHAR(200)) AS model) s
            ON e.article_id = s.article_id AND e.model = s.model
            WHEN NOT MATCHED THEN INSERT (article_id, model, vector) VALUES (s.article_id, s.model, :vector)""";

    private final Jdbi jdbi;

    EmbeddingRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The stored vectors of those of {@code articleIds} that have one under {@code model}. */
    public Map<Long, float[]> find(Collection<Long> articleIds, String model) {
        Map<Long, float[]> out = new HashMap<>();
        List<Long> ids = List.copyOf(articleIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbi.useHandle(h -> h.createQuery("SELECT article_id, vector FROM article_embedding "
                            + "WHERE model = :model AND article_id IN (<ids>)")
                    .bind("model", model)
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getLong("article_id"), Vectors.fromBytes(rs.getBytes("vector"))))
                    .forEach(e -> out.put(e.getKey(), e.getValue())));
        }
        return out;
    }

    /** Stores vectors in one transaction; a vector stored before under the same key is kept. */
    public void saveAll(Map<Long, float[]> vectors, String model) {
        if (vectors.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch(INSERT_UNLESS_STORED);
            vectors.forEach((id, v) -> batch.bind("articleId", id).bind("model", model)
                    .bind("vector", Vectors.toBytes(v)).add());
            batch.execute();
        });
    }

    /** How many vectors are stored under {@code model}. */
    public long count(String model) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article_embedding WHERE model = :model")
                .bind("model", model)
                .mapTo(Long.class)
                .one());
    }
}
