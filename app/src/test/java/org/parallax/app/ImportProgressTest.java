package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.pipeline.testing.Fixtures;

/** {@code parallax import} tells how far each pipeline stage has come, on standard error, unless quiet. */
class ImportProgressTest {

    @TempDir
    Path tempDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void everyStageEndsWithItsCountTimeAndRate() {
        Path file = Fixtures.copy("two-stories.jsonl", tempDir);
        assertThat(Main.run(Map.of(), "import", "--data", tempDir.resolve("data").toString(), file.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();

        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        for (String stage : List.of("embedding: \\d+ articles embedded", "grouping: \\d+ articles placed",
                "briefs: \\d+ briefs composed")) {
            assertThat(lines).as(stage).filteredOn(l -> l.matches(stage + " in \\d+\\.\\d s \\([\\d.]+/s\\)")).hasSize(1);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("pipeline: placed ");
    }

    @Test
    void quietShowsNoProgress() {
        Path file = Fixtures.copy("two-stories.jsonl", tempDir);
        assertThat(Main.run(Map.of(), "import", "--quiet", "--data", tempDir.resolve("data").toString(), file.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("embedding:", "grouping:", "briefs:", "storing ");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("two-stories.jsonl: ", "pipeline: placed ");
    }
}
