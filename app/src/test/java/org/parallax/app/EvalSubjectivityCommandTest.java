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

    /** The peer's training sentences: written for this test. */
    private Path peerTraining() throws IOException {
        return Files.writeString(dir.resolve("train.tsv"), """
                sentence_id\tsentence\tlabel
                1\tThe council approved the budget on Tuesday.\tOBJ
                2\tThe plan is a reckless waste of money.\tSUBJ
                3\tOfficials said the bridge will reopen in May.\tOBJ
                4\tWe should stop pretending this is a success.\tSUBJ
                5\tThe company reported revenue of $2 billion.\tOBJ
                6\tWhat a ridiculous decision this is!\tSUBJ
                """);
    }

    /** Columns in another order than the usual one, as some official files have them. */
    @Test
    void readsColumnsByNameAndPrintsBothScoresInItsLastLine() throws IOException {
        Path file = Files.writeString(dir.resolve("dev.tsv"), """
                label\tsentence_id\tsentence
                OBJ\ta\tThe council voted 7-2 on Tuesday to approve a $2.4 billion transit plan.
                SUBJ\tb\tWe should have fixed the roads people already use before dreaming up shiny new tram lines.
                OBJ\tc\tOfficials said more than 40,000 homes lost power across the coastal counties.
                SUBJ\td\tThis plan is nothing more than a reckless giveaway, and everyone at city hall knows it.
                """);
        assertThat(Main.run(Map.of(), "eval", "subjectivity", file.toString(), "--train", peerTraining().toString())).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).strip().lines().toList();
        assertThat(lines.getFirst()).startsWith("sentences=4 labelled_subj=2 predicted_subj=2 model=checkthat");
        assertThat(lines.get(1)).startsWith("peer (TF-IDF + logistic regression trained on");
        assertThat(lines.getLast()).matches(
                "subjectivity: macro_f1=1\\.000 accuracy=1\\.000 peer_macro_f1=\\d\\.\\d{3} peer_accuracy=\\d\\.\\d{3}");
    }

    @Test
    void theModelOfTheProjectsOwnSentencesCanBeChosen() throws IOException {
        Path file = Files.writeString(dir.resolve("dev.tsv"), """
                sentence_id\tsentence\tlabel\tsolved_conflict
                a\tThe council voted 7-2 on Tuesday to approve the plan.\tOBJ\tFalse
                b\tWe should have fixed the roads people already use.\tSUBJ\tFalse
                """);
        assertThat(Main.run(Map.of(), "eval", "subjectivity", file.toString(), "--model", "own", "--train",
                peerTraining().toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("model=own");
    }

    @Test
    void aFileWithoutTheHeaderOrAnUnknownModelIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "just a sentence\n");
        assertThat(Main.run(Map.of(), "eval", "subjectivity", file.toString(), "--train", peerTraining().toString())).isEqualTo(2);
        Path good = Files.writeString(dir.resolve("good.tsv"), "sentence_id\tsentence\tlabel\na\tIt rained.\tOBJ\n");
        assertThat(Main.run(Map.of(), "eval", "subjectivity", good.toString(), "--model", "other", "--train",
                peerTraining().toString())).isEqualTo(2);
    }
}
