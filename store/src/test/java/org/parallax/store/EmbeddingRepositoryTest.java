package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.store.testing.SampleData.draft;
import static org.parallax.store.testing.SampleData.outlet;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

class EmbeddingRepositoryTest {

    private static final Instant T = Instant.parse("2025-06-01T12:00:00Z");

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void storesVectorsExactlyPerModelAndKeepsTheFirst(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long outlet = db.outlets().resolve(outlet("Daily", "daily.example")).id();
            long a = article(db, outlet, "a");
            long b = article(db, outlet, "b");
            float[] va = {0.6f, -0.8f, Float.MIN_VALUE, 1e-30f};
            float[] vb = {1f, 0f, 0f, 0f};

            db.embeddings().saveAll(Map.of(a, va, b, vb), "m1");
            db.embeddings().saveAll(Map.of(a, new float[] {9f, 9f, 9f, 9f}), "m1"); // already stored: kept
            db.embeddings().saveAll(Map.of(a, vb), "m2");

            Map<Long, float[]> m1 = db.embeddings().find(List.of(a, b, b + 100), "m1");
            assertThat(m1).containsOnlyKeys(a, b);
            assertThat(m1.get(a)).containsExactly(va);
            assertThat(db.embeddings().find(List.of(a, b), "m2")).containsOnlyKeys(a);
            assertThat(db.embeddings().count("m1")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void findsManyIdsAtOnce(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long outlet = db.outlets().resolve(outlet("Daily", "daily.example")).id();
            long a = article(db, outlet, "a");
            db.embeddings().saveAll(Map.of(a, new float[] {1f}), "m");
            List<Long> ids = LongStream.rangeClosed(a, a + 1200).boxed().toList();
            assertThat(db.embeddings().find(ids, "m")).containsOnlyKeys(a);
        }
    }

    private static long article(Database db, long outletId, String slug) {
        return db.articles().store(outletId, draft(outlet("x", null), "https://daily.example/" + slug, slug, T), T)
                .articleId();
    }
}
