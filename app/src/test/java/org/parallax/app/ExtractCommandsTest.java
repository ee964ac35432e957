package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code parallax extract} and {@code parallax eval extraction} on small pages written for the test. */
class ExtractCommandsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void extractPrintsOneJsonLinePerFileAndGoesOnAfterAnUnreadableOne() throws IOException {
        Path plain = copy("river.html", dir.resolve("river.html"), false);
        Path compressed = copy("market.html", dir.resolve("market.html.gz"), true);

        Run run = run("extract", "--url", "https://valleypost.example/news/river-path-reopens",
                plain.toString(), dir.resolve("missing.html").toString(), compressed.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<JsonNode> lines = run.out().lines().map(ExtractCommandsTest::json).toList();
        assertThat(lines).hasSize(3);

        JsonNode river = lines.get(0);
        assertThat(river.get("file").asText()).isEqualTo(plain.toString());
        assertThat(river.get("title").asText()).isEqualTo("River path reopens after flood repairs");
        assertThat(river.get("byline").asText()).isEqualTo("Nia Hart");
        assertThat(river.get("published").asText()).isEqualTo("2024-02-10T09:15:00Z");
        assertThat(river.get("canonical_url").asText()).isEqualTo("https://valleypost.example/news/river-path-reopens");
        assertThat(river.get("language").asText()).isEqualTo("en-GB");
        assertThat(river.get("kind").isNull()).isTrue();
        assertThat(river.get("paywalled").asBoolean()).isFalse();
        assertThat(river.get("text").asText()).startsWith("The riverside path between the mill")
                .contains("café owner José Ortiz").doesNotContain("Market Street");
        assertThat(river.has("error")).isFalse();
        // Non-ASCII text is escaped, so the line is the same in any console encoding.
        assertThat(run.out()).contains("caf\\u00E9").isASCII();

        assertThat(lines.get(1).get("file").asText()).endsWith("missing.html");
        assertThat(lines.get(1).get("error").asText()).isEqualTo("no such file");

        JsonNode market = lines.get(2);
        assertThat(market.get("kind").asText()).isEqualTo("opinion");
        assertThat(market.get("paywalled").asBoolean()).isTrue();
        assertThat(market.get("byline").asText()).isEqualTo("Sam Reyes");
        assertThat(market.get("text").asText().split("\n\n")).hasSize(3);
    }

    @Test
    void evalExtractionScoresWithTheBenchmarkMetricAndEndsWithTheSummaryLine() throws IOException {
        Files.createDirectories(dir.resolve("html"));
        copy("river.html", dir.resolve("html/river.html.gz"), true);
        copy("market.html", dir.resolve("html/market.html"), false);
        String riverText = "The riverside path between the mill and the old bridge reopened on Saturday, four months"
                + " after floods washed away part of the embankment.\n"
                + "Volunteers planted two hundred willow cuttings along the new bank, which the council says will"
                + " hold the soil better than the stone wall that failed.\n"
                + "Walkers and cyclists share the path, and the council asked cyclists to ring their bells when"
                + " passing – a request that café owner José Ortiz said was long overdue.";
        // river: extracted exactly (precision 1, recall 1); market: a truth that shares no shingle with the
        // page (0, 0); gone: no HTML at all (no precision, recall 0).
        ObjectNode truth = JSON.createObjectNode();
        truth.set("river", page(riverText, "https://valleypost.example/news/river-path-reopens"));
        truth.set("market", page("Entirely different words that the page never says anywhere", null));
        truth.set("gone", page("Text of a page whose file is missing from the directory", null));
        Files.writeString(dir.resolve("ground-truth.json"), JSON.writeValueAsString(truth));

        Run run = run("eval", "extraction", "--verbose", "--warmup", "0", dir.toString());

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).anyMatch(line -> line.startsWith("page precision=1.000 recall=1.000 river "));
        assertThat(lines).anyMatch(line -> line.startsWith("page precision=0.000 recall=0.000 market "));
        assertThat(lines.getLast()).matches(
                "extraction: precision=0\\.500 recall=0\\.333 f1=0\\.400 pages_per_s=[0-9]+\\.[0-9]");
        assertThat(run.err()).contains("page gone: no HTML file");
    }

    @Test
    void evalExtractionWithoutGroundTruthSaysSo() {
        Run run = run("eval", "extraction", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("has no ground-truth.json");
    }

    private static ObjectNode page(String body, String url) {
        return JSON.createObjectNode().put("articleBody", body).put("url", url);
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(Map.of());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static Path copy(String resource, Path target, boolean gzip) throws IOException {
        try (InputStream in = ExtractCommandsTest.class.getResourceAsStream("/extraction/" + resource);
             OutputStream file = Files.newOutputStream(target);
             OutputStream out = gzip ? new GZIPOutputStream(file) : file) {
            in.transferTo(out);
        }
        return target;
    }
}
