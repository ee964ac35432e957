package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.pipeline.testing.Fixtures;

/** {@code parallax audit briefs} on an imported fixture: what it lists, its summary, its errors. */
class AuditBriefsCommandTest {

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
    void auditsEveryBriefOrOneAndSaysWhenAStoryHasNone() throws Exception {
        Path data = tempDir.resolve("data");
        Path file = Fixtures.copy("two-stories.jsonl", tempDir);
        assertThat(Main.run(Map.of(), "import", "--data", data.toString(), file.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        out.reset();

        assertThat(Main.run(Map.of(), "audit", "briefs", "--data", data.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        String last = report.lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).matches("audit: stories=2 thin=\\d+ facts=\\d+ defective=\\d+ credits=\\d+ doubtful=\\d+"
                + " lenient_holds=\\d\\.\\d{3} multi_credit_facts=\\d\\.\\d{3}");
        assertThat(last).doesNotContain("credits=0 ");

        out.reset();
        long story = Long.parseLong(report.lines().filter(l -> l.startsWith("story ")).findFirst()
                .map(l -> l.substring(6, l.indexOf(':'))).orElse("1"));
        assertThat(Main.run(Map.of(), "audit", "briefs", "--story", Long.toString(story), "--data", data.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("audit: stories=1 ");

        out.reset();
        err.reset();
        assertThat(Main.run(Map.of(), "audit", "briefs", "--story", "987654", "--data", data.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("story 987654");
    }
}
