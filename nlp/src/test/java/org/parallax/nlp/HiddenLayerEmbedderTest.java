package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.core.embed.Vectors;

class HiddenLayerEmbedderTest {

    private static HiddenLayerEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = HiddenLayerEmbedder.e5SmallV2(Path.of(System.getProperty("java.io.tmpdir"), "native"));
    }

    @Test
    void givesUnitVectorsNamedByModelVersionAndLayer() {
        float[] v = embedder.embed("The council voted 7-2 on Tuesday to approve the plan.");
        assertThat(v).hasSize(384);
        assertThat(Vectors.dot(v, v)).isCloseTo(1.0, Offset.offset(1e-4));
        assertThat(embedder.modelId()).isEqualTo("e5-small-v2-q/0.36.2/layer-8-mean");
        assertThat(embedder.embed("  ")).containsOnly(0f);
    }

    /** Each text alone: the same text gives the same vector, batched or not. */
    @Test
    void sameTextSameVectorInAnyBatch() {
        String text = "What a ridiculous waste of everyone's time!";
        List<float[]> batch = embedder.embedAll(List.of("The court adjourned until June.", text));
        assertThat(batch.get(1)).containsExactly(embedder.embed(text));
    }

    /** The middle layer still reads meaning: a paraphrase is closer than an unrelated report. */
    @Test
    void paraphrasesAreCloserThanUnrelatedNews() {
        List<float[]> v = embedder.embedAll(List.of(
                "Harbor bridge collapses after a cargo ship hits it; six workers missing",
                "Six construction workers are missing after a container ship struck the bridge and it fell",
                "Central bank keeps interest rates unchanged as inflation eases"));
        assertThat(Vectors.dot(v.get(0), v.get(1))).isGreaterThan(Vectors.dot(v.get(0), v.get(2)));
    }

    @Test
    void bytesThatAreNoOnnxModelAreRefused() {
        assertThatThrownBy(() -> OnnxGraphs.withOutputs(new byte[] {1, 2, 3}, List.of("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
