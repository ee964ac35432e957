package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.Database;
import org.parallax.store.DatabaseSettings;

/**
 * Kills a real {@code parallax import} process part way (SIGKILL: no shutdown hook runs), imports
 * the same file again, and checks that every article is stored exactly once.
 */
class KilledImportTest {
    private static final int ARTICLES = 100_000;

    @TempDir
    Path tempDir;

    @Test
    void importKilledPartWayAndRunAgainStoresEveryArticleExactlyOnce() throws Exception {
        Path file = tempDir.resolve("many.jsonl");
        writeArticles(file);
        Path data = tempDir.resolve("data");

        Process first = importProcess(file, data);
        waitForProgress(first);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        long afterKill;
        try (Database db = Database.open(DatabaseSettings.embedded(data))) {
            afterKill = db.articles().count();
        }
        assertThat(afterKill).as("the import was killed part way").isBetween(1L, ARTICLES - 1L);

        Process second = importProcess(file, data);
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor(600, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).contains((ARTICLES - afterKill) + " stored", afterKill + " already stored");

        try (Database db = Database.open(DatabaseSettings.embedded(data))) {
            assertThat(db.articles().count()).isEqualTo(ARTICLES);
        }
    }

    private static void writeArticles(Path file) throws IOException {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (Writer out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < ARTICLES; i++) {
                out.write("{\"url\":\"https://outlet" + (i % 7) + ".example/a/" + i + "\",\"outlet\":\"Outlet "
                        + (i % 7) + "\",\"title\":\"Event number " + i + " happens\",\"published\":\""
                        + start.plusSeconds(3600L * i) + "\",\"text\":\"Something numbered " + i
                        + " happened in town " + (i * 31 % 1000) + " on the day. Officials described event " + i
                        + " in detail.\"}\n");
            }
        }
    }

    private static Process importProcess(Path file, Path data) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "import", "--no-pipeline", "--data", data.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
    }

    /**
     * Returns once the process has reported progress twice (off a terminal at most one line every five
     * seconds), so that some of its commits are well older than the embedded database's one-second
     * write delay, even on a loaded machine, and must survive.
     */
    private static void waitForProgress(Process process) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        int reports = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.contains("% (") && ++reports == 2) {
                return;
            }
        }
        throw new AssertionError("the import ended before it reported progress twice");
    }
}
