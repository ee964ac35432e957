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
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.text.Sha256;
import org.parallax.pipeline.testing.Fixtures;

/**
 * The commands that only read: on a data directory that does not exist they fail with one line
 * and create nothing; on one that does, they change no byte of it and load no sentence model.
 */
class ReadOnlyCommandsTest {
    private static final List<List<String>> READ_ONLY = List.of(
            List.of("stories"), List.of("brief", "1"), List.of("audit", "briefs"), List.of("feeds"), List.of("outlets", "list"),
            List.of("outlets", "export-opml", "-"), List.of("forecasts", "status"),
            List.of("forecasts", "match", "--title", "Council approves the harbour plan"));

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

    private int run(Path data, List<String> command) {
        out.reset();
        err.reset();
        String[] args = Stream.concat(command.stream(), Stream.of("--data", data.toString())).toArray(String[]::new);
        return Main.run(Map.of(), args);
    }

    @Test
    void onAMissingDataDirectoryEachSaysToImportOrServeInOneLineAndCreatesNothing() {
        Path missing = tempDir.resolve("missing");
        for (List<String> command : READ_ONLY) {
            assertThat(run(missing, command)).as(String.join(" ", command)).isEqualTo(1);
            String message = err.toString(StandardCharsets.UTF_8);
            assertThat(message.lines()).as(String.join(" ", command)).hasSize(1);
            assertThat(message).startsWith("parallax: no Parallax data in " + missing)
                    .contains("parallax import", "parallax serve");
            assertThat(missing).doesNotExist();
        }
    }

    @Test
    void onAnImportedDataDirectoryTheyChangeNothing() throws IOException {
        Path data = tempDir.resolve("data");
        Path file = Fixtures.copy("two-stories.jsonl", tempDir);
        assertThat(Main.run(Map.of(), "import", "--no-pipeline", "--data", data.toString(), file.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        Map<String, String> before = digests(data);
        assertThat(before).containsKey("parallax.mv.db");

        for (List<String> command : READ_ONLY) {
            int code = run(data, command);
            String name = String.join(" ", command);
            // "brief 1" has no brief (the import skipped the pipeline): it says so and fails.
            assertThat(code).as(name + ": " + err.toString(StandardCharsets.UTF_8))
                    .isEqualTo(command.getFirst().equals("brief") ? 1 : 0);
            assertThat(digests(data)).as(name).isEqualTo(before);
        }
        assertThat(run(data, List.of("outlets", "list"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("The Guardian");
        assertThat(data.resolve("native")).as("no sentence model was loaded").doesNotExist();
    }

    /** Every file under the directory with the SHA-256 of its bytes. */
    private static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(dir.relativize(file).toString(), Sha256.hex(Files.readAllBytes(file)));
            }
        }
        return digests;
    }
}
