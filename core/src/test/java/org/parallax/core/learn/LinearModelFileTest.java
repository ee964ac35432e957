package org.parallax.core.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.brief.FactScorer;
import org.parallax.core.subjectivity.SubjectivityModel;

class LinearModelFileTest {

    @Test
    void shippedModelsReadAndWriteBackToTheSameBytes() throws IOException {
        String facts = resource(FactScorer.class, FactScorer.RESOURCE);
        StringWriter factsOut = new StringWriter();
        FactScorer.read(new StringReader(facts)).write(factsOut);
        assertThat(factsOut.toString()).isEqualTo(facts);

        String opinion = resource(SubjectivityModel.class, "subjectivity-own.tsv");
        StringWriter opinionOut = new StringWriter();
        SubjectivityModel.read(new StringReader(opinion)).write(opinionOut);
        assertThat(opinionOut.toString()).isEqualTo(opinion);
    }

    @Test
    void refusesUnknownSettingsBadNumbersAndMissingSettings() {
        List<String> keys = List.of("trained_on", "bias");
        List<String> numbers = List.of("bias");
        String features = "feature\tmean\tscale\tweight\nlength\t1\t2\t3\n";
        assertThatThrownBy(() -> LinearModelFile.read(new StringReader("trained_on\tx\nbias\t0\nextra\t1\n" + features),
                "test model", keys, numbers)).hasMessage("test model line 3: unknown key extra");
        assertThatThrownBy(() -> LinearModelFile.read(new StringReader("trained_on\tx\nbias\tzero\n" + features),
                "test model", keys, numbers)).hasMessage("test model line 2: not a number: zero");
        assertThatThrownBy(() -> LinearModelFile.read(new StringReader("trained_on\tx\n" + features),
                "test model", keys, numbers)).hasMessage("test model file is incomplete");
    }

    private static String resource(Class<?> owner, String name) throws IOException {
        try (InputStream in = owner.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
