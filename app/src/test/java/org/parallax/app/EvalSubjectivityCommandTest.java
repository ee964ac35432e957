package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.Main;

class EvalSubjectivityCommandTest {
    @TempDir
    Path dir;

    private final PrintStream originalOut = System.out;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void capture() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
    }

    @Test
    void printsMacroF1AndAccuracyAsItsLastLine() throws IOException {
        Path file = Files.writeString(dir.resolve("dev.tsv"), """
                sentence_id\tsentence\tlabel\tsolved_conflict
                a\tThe council voted 7-2 on Tuesday to approve the plan.\tOBJ\tFalse
                b\tWe should have fixed the roads people already use.\tSUBJ\tFalse
                c\tOfficials said 40,000 homes lost power.\tOBJ\tFalse
                d\tThis plan is nothing more than a reckless giveaway.\tSUBJ\tFalse
                """);
        assertThat(Main.run(Map.of(), "eval", "subjectivity", file.toString())).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).strip().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("sentences=4 labelled_subj=2 predicted_subj=2");
        assertThat(lines.getLast()).isEqualTo("subjectivity: macro_f1=1.000 accuracy=1.000");
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "just a sentence\n");
        assertThat(Main.run(Map.of(), "eval", "subjectivity", file.toString())).isEqualTo(2);
    }
}
