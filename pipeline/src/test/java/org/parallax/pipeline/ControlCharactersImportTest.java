package org.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.pipeline.imports.ImportListener;
import org.parallax.pipeline.imports.ImportProgress;
import org.parallax.pipeline.imports.Importer;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

/** A NUL (or another control character) in any field of any line costs that line at most, on both databases. */
class ControlCharactersImportTest {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-03-07T00:00:00Z"));
    private static final List<String> FIELDS = List.of("url", "outlet", "outlet_stance", "title", "published", "text",
            "kind", "byline", "language");

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aNulInAnyFieldCostsThatLineAtMost(DatabaseKind kind) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            lines.add(line(i, FIELDS.get(i), "\\u0000"));
            lines.add(line(100 + i, FIELDS.get(i), "\\u0007\\u001b\\u0085"));
        }
        lines.add(line(999, "none", ""));
        lines.add("{\"url\": \"https://roundup.example/1\", \"articles\": [{\"url\": \"https://nul\\u0000.example/a\","
                + " \"outlet\": \"Round\\u0000up\", \"title\": \"T\\u0000\", \"text\": \"" + body(7) + "\"}]}");
        Path file = Files.write(tempDir.resolve("nul.jsonl"), lines);
        List<String> skipped = new ArrayList<>();
        try (Database db = TestDatabases.open(kind, tempDir)) {
            ImportProgress done = new Importer(db, CLOCK).importFile(file, new ImportListener() {
                @Override
                public void progress(ImportProgress progress) {
                }

                @Override
                public void skipped(String location, String reason) {
                    skipped.add(location + ": " + reason);
                }
            });
            // Free text (outlet, title, text, byline) is stored cleaned; a control character in a
            // structured value (address, stance, date, kind, language) makes that one line invalid.
            assertThat(done.stored()).as("%s %s", done, skipped).isEqualTo(9);
            assertThat(done.skipped()).isEqualTo(11);
            assertThat(skipped).allSatisfy(s -> assertThat(s).startsWith("nul.jsonl line "));
            long controls = db.jdbi().withHandle(h -> h.createQuery("SELECT title, text, url, byline FROM article")
                    .map((rs, ctx) -> rs.getString(1) + rs.getString(2) + rs.getString(3) + rs.getString(4))
                    .list()).stream().filter(ControlCharactersImportTest::hasControl).count();
            long outletControls = db.outlets().all().stream().filter(o -> hasControl(o.name())).count();
            assertThat(controls).isZero();
            assertThat(outletControls).isZero();
            assertThat(db.outlets().all()).anySatisfy(o -> assertThat(o.name()).isEqualTo("Outlet 1")); // its line had a NUL in the name
        }
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F));
    }

    /** One article line; {@code field} gets {@code bad} inserted in its value. */
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
        return ("Paragraph " + n + " of a report on the river crossing, long enough to be an article. ").repeat(5);
    }
}
