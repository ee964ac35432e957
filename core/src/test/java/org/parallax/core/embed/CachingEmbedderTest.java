package org.parallax.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CachingEmbedderTest {

    /** Vectors from the text's length, remembering which texts it was asked to embed. */
    private static final class LengthEmbedder implements SentenceEmbedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public float[] embed(String text) {
            return embedAll(List.of(text)).getFirst();
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            asked.addAll(texts);
            return texts.stream().map(t -> new float[] {t.length(), 1}).toList();
        }

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public String modelId() {
            return "length-1";
        }
    }

    @Test
    void aTextIsEmbeddedOnceWhileItIsRemembered() {
        LengthEmbedder model = new LengthEmbedder();
        CachingEmbedder cache = new CachingEmbedder(model, 10);
        List<float[]> first = cache.embedAll(List.of("one", "three", "one"));
        List<float[]> second = cache.embedAll(List.of("three", "fifteen"));

        assertThat(model.asked).containsExactly("one", "three", "fifteen");
        assertThat(first).extracting(v -> v[0]).containsExactly(3f, 5f, 3f);
        assertThat(second).extracting(v -> v[0]).containsExactly(5f, 7f);
        assertThat(cache.modelId()).isEqualTo("length-1");
    }

    @Test
    void theLeastRecentlyUsedTextIsForgottenFirst() {
        LengthEmbedder model = new LengthEmbedder();
        CachingEmbedder cache = new CachingEmbedder(model, 2);
        cache.embed("a");
        cache.embed("bb");
        cache.embed("a");
        cache.embed("ccc");
        cache.embed("a");
        cache.embed("bb");

        assertThat(model.asked).containsExactly("a", "bb", "ccc", "bb");
    }
}
