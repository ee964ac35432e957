package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.core.embed.Vectors;

class MiniLmEmbedderTest {

    private static MiniLmEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = MiniLmEmbedder.load(Path.of(System.getProperty("java.io.tmpdir"), "native"));
    }

    @Test
    void givesUnitVectorsOfTheModelsDimensions() {
        float[] v = embedder.embed("A cargo ship struck the harbour bridge early on Tuesday.");
        assertThat(v).hasSize(384);
        assertThat(Vectors.dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(embedder.dimensions()).isEqualTo(384);
        assertThat(embedder.modelId()).startsWith("all-MiniLM-L6-v2-q/").doesNotEndWith("unknown");
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedNews() {
        List<float[]> v = embedder.embedAll(List.of(
                "Harbor bridge collapses after a cargo ship hits it; six workers missing",
                "Six construction workers are missing after a container ship struck the bridge and it fell",
                "Central bank keeps interest rates unchanged as inflation eases"));
        assertThat(Vectors.dot(v.get(0), v.get(1))).isGreaterThan(Vectors.dot(v.get(0), v.get(2)) + 0.2);
    }

    @Test
    void sameTextSameVectorAndBatchEqualsSingle() {
        String text = "The Senate confirmed the new transport secretary on Thursday.";
        float[] single = embedder.embed(text);
        assertThat(embedder.embed(text)).containsExactly(single);
        assertThat(embedder.embedAll(List.of("other text", text)).get(1)).containsExactly(single);
    }

    @Test
    void emptyTextStillGivesAVector() {
        assertThat(embedder.embed("")).hasSize(384).containsOnly(0f);
        assertThat(embedder.embedAll(List.of("a headline", " ")).get(1)).containsOnly(0f);
    }
}
