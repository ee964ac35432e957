package org.parallax.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddingTextTest {

    @Test
    void headlineThenTheFirstSentencesOfTheText() {
        String text = "A cargo ship struck the bridge on Tuesday. Six workers are missing. Rescuers searched all night.";
        assertThat(EmbeddingText.standard().of("Bridge collapses", text))
                .isEqualTo("Bridge collapses. A cargo ship struck the bridge on Tuesday. Six workers are missing.");
        assertThat(EmbeddingText.standard().of("Bridge collapses?", "")).isEqualTo("Bridge collapses?");
        assertThat(EmbeddingText.standard().of(null, "Only text.")).isEqualTo("Only text.");
        assertThat(new EmbeddingText(1, 10).of("T", text)).isEqualTo("T. A cargo sh");
    }

    @Test
    void vectorsSurviveTheirByteFormExactlyAndUnitScales() {
        float[] v = {0.1f, -2.5f, Float.MIN_VALUE, 3e38f};
        assertThat(Vectors.fromBytes(Vectors.toBytes(v))).containsExactly(v);
        assertThat(Vectors.toBytes(v)).hasSize(16);
        assertThat(Vectors.dot(Vectors.unit(new float[] {3, 4}), new float[] {3, 4})).isCloseTo(5.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Vectors.unit(new float[] {0, 0})).containsExactly(0f, 0f);
    }
}
