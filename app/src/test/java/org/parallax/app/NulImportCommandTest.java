package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.store.Database;
import org.parallax.store.DatabaseSettings;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

/**
 * A NUL in any field of any input line costs that line at most, through {@code parallax import}
 * with its pipeline, on both databases: the command succeeds, every clean line is stored, each bad
 * line is stored cleaned or skipped with its line number, and no control character is stored.
 */
class NulImportCommandTest {
    private static final List<String> FIELDS = List.of("url", "outlet", "outlet_stance", "title", "published", "text",
            "kind", "byline", "language");
    private static final int CLEAN_LINES = 3;

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

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aNulInAnyFieldOfAnyLineCostsThatLineAtMost(DatabaseKind kind) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < CLEAN_LINES; i++) {
            lines.add(line(i, "none", ""));
        }
        for (int i = 0; i < FIELDS.size(); i++) {
            lines.add(line(10 + i, FIELDS.get(i), "\\u0000"));      // escaped, as JSON writers write it
            lines.add(line(30 + i, FIELDS.get(i), "\u0000"));       // the raw byte, which JSON forbids
        }
        lines.add("{\"url\": \"https://roundup.example/1\", \"articles\": [{\"url\": \"https://r\\u0000.example/a\","
                + " \"outlet\": \"Round\\u0000up\", \"title\": \"Roundup\\u0000 title\", \"text\": \"" + body(99) + "\"}]}");
        Path file = Files.write(tempDir.resolve("nul.jsonl"), lines, StandardCharsets.UTF_8);

        try (TestDatabases.Reopenable database = TestDatabases.reopenable(kind, tempDir)) {
            Path data = tempDir.resolve("data");
            Map<String, String> env = kind == DatabaseKind.POSTGRES ? Map.of(
                    "PARALLAX_DB_URL", database.settings().url(), "PARALLAX_DB_USER", database.settings().user(),
                    "PARALLAX_DB_PASSWORD", database.settings().password()) : Map.of();
            assertThat(Main.run(env, "import", "--quiet", "--data", data.toString(), file.toString()))
                    .as(err.toString(StandardCharsets.UTF_8)).isZero();

            String summary = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith(file.toString()))
                    .findFirst().orElseThrow();
            int stored = Integer.parseInt(summary.replaceAll(".*: (\\d+) stored.*", "$1"));
            int skipped = Integer.parseInt(summary.replaceAll(".*, (\\d+) skipped.*", "$1"));
            assertThat(stored + skipped).as(summary).isEqualTo(lines.size());
            List<String> skips = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("skipped ")).toList();
            assertThat(skips).hasSize(skipped).allSatisfy(s -> assertThat(s).matches("skipped nul\\.jsonl line \\d+( article \\d+)?: .*")
                    .doesNotContain("\u0000"));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("pipeline: placed " + stored + " articles");

            DatabaseSettings settings = kind == DatabaseKind.POSTGRES ? database.settings() : DatabaseSettings.embedded(data);
            try (Database db = Database.openReadOnly(settings)) {
                List<String> texts = db.jdbi().withHandle(h -> h.createQuery(
                                "SELECT title || ' ' || text || ' ' || url || ' ' || COALESCE(byline, '') FROM article")
                        .mapTo(String.class).list());
                assertThat(texts).hasSize(stored).noneMatch(NulImportCommandTest::hasControl);
                for (int i = 0; i < CLEAN_LINES; i++) {
                    String title = "Headline number " + i + " about the river";
                    assertThat(texts).as("clean line %d", i).anyMatch(t -> t.startsWith(title + " "));
                }
                assertThat(db.outlets().all()).noneMatch(o -> hasControl(o.name()));
                long briefs = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM brief").mapTo(Long.class).one());
                assertThat(briefs).isPositive();
                long storiesWithoutArticles = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM story s"
                        + " WHERE s.merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.id)")
                        .mapTo(Long.class).one());
                assertThat(storiesWithoutArticles).isZero();
            }
        }
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F));
    }

    /** One article line; {@code field} gets {@code bad} inserted in the middle of its value. */
    private static String line(int n, String field, String bad) {
        String[][] values = {
                {"url", "https://outlet" + n + ".example/news/" + n},
                {"outlet", "Outlet " + n},
                {"outlet_stance", "lean left"},
                {"title", "Headline number " + n + " about the river"},
                {"published", "2026-03-04T18:00:00Z"},
                {"text", body(n)},
                {"kind", "news"},
                {"byline", "A. Writer"},
                {"language", "en"}};
        StringBuilder json = new StringBuilder("{");
        for (String[] kv : values) {
            String value = kv[1];
            if (kv[0].equals(field)) {
                int at = value.length() / 2;
                value = value.substring(0, at) + bad + value.substring(at);
            }
            json.append(json.length() > 1 ? ", " : "").append('"').append(kv[0]).append("\": \"").append(value).append('"');
        }
        return json.append('}').toString();
    }

    private static String body(int n) {
        return ("Paragraph " + n + " of a report on the river crossing, where the council met on Monday. ").repeat(5);
    }
}
