package org.parallax.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.imports.ImportTestFiles.gzip;
import static org.parallax.ingest.imports.ImportTestFiles.readAll;
import static org.parallax.ingest.imports.ImportTestFiles.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.OutletHint;
import org.parallax.core.model.Rating;

class JsonlImportTest {
    @TempDir
    Path dir;

    private static final String FULL = """
            {"url": "https://www.riverside-post.example/city/2024/05/02/library-reopens?utm_source=feed#top", \
            "outlet": "Riverside Post", "title": "  City library reopens\\nafter flood  ", \
            "text": "The library reopened on Thursday.\\n\\nRepairs took eight months.", \
            "published": "2024-05-02T09:00:00+02:00", "kind": "analysis", "byline": "Ada Brook", \
            "language": "en_us", "outlet_stance": "lean left", "extra_field": [1, 2]}""";

    private static final String MINIMAL = """
            {"url": "http://valley-times.example/a", "outlet": "Valley Times", "title": "Bridge opens", \
            "text": "One paragraph."}""";

    @Test
    void readsArticleLines() throws IOException {
        List<ImportItem> items = readAll(jsonl("articles.jsonl", FULL, MINIMAL));

        assertThat(items).hasSize(2);
        ImportItem.Parsed first = (ImportItem.Parsed) items.get(0);
        assertThat(first.location()).isEqualTo("articles.jsonl line 1");
        ArticleDraft draft = first.draft();
        assertThat(draft.outlet()).isEqualTo(new OutletHint("Riverside Post", "riverside-post.example",
                new Rating(-0.5, "declared in import file articles.jsonl")));
        assertThat(draft.url()).isEqualTo(
                "https://www.riverside-post.example/city/2024/05/02/library-reopens?utm_source=feed#top");
        assertThat(draft.canonicalUrl()).isEqualTo("https://www.riverside-post.example/city/2024/05/02/library-reopens");
        assertThat(draft.title()).isEqualTo("City library reopens after flood");
        assertThat(draft.text()).isEqualTo("The library reopened on Thursday.\n\nRepairs took eight months.");
        assertThat(draft.published()).isEqualTo(Instant.parse("2024-05-02T07:00:00Z"));
        assertThat(draft.kind()).isEqualTo(ArticleKind.ANALYSIS);
        assertThat(draft.byline()).isEqualTo("Ada Brook");
        assertThat(draft.language()).isEqualTo("en-US");

        ArticleDraft minimal = ((ImportItem.Parsed) items.get(1)).draft();
        assertThat(minimal.outlet()).isEqualTo(new OutletHint("Valley Times", "valley-times.example", null));
        assertThat(minimal.canonicalUrl()).isEqualTo("http://valley-times.example/a");
        assertThat(minimal.published()).isNull();
        assertThat(minimal.kind()).isEqualTo(ArticleKind.NEWS);
        assertThat(minimal.byline()).isNull();
        assertThat(minimal.language()).isNull();
    }

    @Test
    void explicitCanonicalUrlAndDateOnlyPublished() throws IOException {
        List<ImportItem> items = readAll(jsonl("a.jsonl", """
                {"url": "https://m.paper.example/a?id=1", "canonical_url": "https://paper.example/a/", \
                "outlet": "Paper", "title": "T", "text": "X", "published": "2021-10-19"}"""));
        ArticleDraft draft = ((ImportItem.Parsed) items.getFirst()).draft();
        assertThat(draft.canonicalUrl()).isEqualTo("https://paper.example/a/");
        assertThat(draft.outlet().domain()).isEqualTo("m.paper.example");
        assertThat(draft.published()).isEqualTo(Instant.parse("2021-10-19T00:00:00Z"));
    }

    @Test
    void skipsMalformedLinesWithLineNumberAndReasonAndReadsOn() throws IOException {
        List<ImportItem> items = readAll(jsonl("bad.jsonl",
                "{\"url\": \"https://a.example/1\", \"outlet\": \"A\", \"title\": \"T\"",             // 1
                "",                                                                                   // 2
                "[1, 2]",                                                                             // 3
                "{\"outlet\": \"A\", \"title\": \"T\", \"text\": \"X\"}",                             // 4
                "{\"url\": \"ftp://a.example/1\", \"outlet\": \"A\", \"title\": \"T\", \"text\": \"X\"}", // 5
                "{\"url\": \"/relative\", \"outlet\": \"A\", \"title\": \"T\", \"text\": \"X\"}",     // 6
                "{\"url\": \"https://a.example/1\", \"outlet\": \"A\", \"title\": \"T\", \"text\": \"  \\n\\n \"}", // 7
                "{\"url\": \"https://a.example/1\", \"outlet\": \"A\", \"title\": 42, \"text\": \"X\"}", // 8
                "{\"url\": \"https://a.example/1\", \"outlet\": \"A\", \"title\": \"T\", \"text\": \"X\", "
                        + "\"published\": \"last Tuesday\"}",                                        // 9
                "{\"url\": \"https://a.example/1\", \"outlet\": \"A\", \"title\": \"T\", \"text\": \"X\", "
                        + "\"kind\": \"gossip\"}",                                                   // 10
                "{\"url\": \"https://a.example/1\", \"outlet\": \"A\", \"title\": \"T\", \"text\": \"X\", "
                        + "\"outlet_stance\": \"very left\"}",                                       // 11
                "{\"url\": \"https://a.example/1\", \"outlet\": \"A\", \"title\": \"T\", \"text\": \"X\"} trailing", // 12
                "   ",                                                                                // 13
                "{\"title\": \"only a title\"}",                                                      // 14
                "{\"url\": \"https://a.example/1\", \"url\": \"https://a.example/2\", \"outlet\": \"A\", "
                        + "\"title\": \"T\", \"text\": \"X\"}",                                       // 15
                MINIMAL));                                                                            // 16

        assertThat(items).extracting(ImportItem::location).containsExactly(
                "bad.jsonl line 1", "bad.jsonl line 3", "bad.jsonl line 4", "bad.jsonl line 5", "bad.jsonl line 6",
                "bad.jsonl line 7", "bad.jsonl line 8", "bad.jsonl line 9", "bad.jsonl line 10", "bad.jsonl line 11",
                "bad.jsonl line 12", "bad.jsonl line 14", "bad.jsonl line 15", "bad.jsonl line 16");
        assertThat(reasons(items)).containsExactly(
                "not valid JSON",
                "expected a JSON object",
                "missing required field \"url\"",
                "field \"url\" is not an absolute http(s) URL: \"ftp://a.example/1\"",
                "field \"url\" is not an absolute http(s) URL: \"/relative\"",
                "field \"text\" is empty",
                "field \"title\" must be a string",
                "field \"published\" is not an ISO-8601 date-time or date: \"last Tuesday\"",
                "unknown kind \"gossip\" (expected news, opinion or analysis)",
                "field \"outlet_stance\": unknown stance \"very left\"",
                "not valid JSON",
                "missing required field \"url\"; missing required field \"outlet\"; missing required field \"text\"",
                "not valid JSON");
        assertThat(items.getLast()).isInstanceOf(ImportItem.Parsed.class);
        assertThat(((ImportItem.Skipped) items.getFirst()).reason()).contains("at column");
    }

    @Test
    void skipsOverlongLinesWithoutReadingThemAndReadsOn() throws IOException {
        String huge = "{\"url\": \"https://a.example/1\", \"outlet\": \"A\", \"title\": \"T\", \"text\": \""
                + "x".repeat(JsonlImportSource.MAX_LINE_BYTES) + "\"}";
        List<ImportItem> items = readAll(jsonl("big.jsonl", MINIMAL, huge, MINIMAL));

        assertThat(items).hasSize(3);
        assertThat(items.get(1)).isEqualTo(new ImportItem.Skipped("big.jsonl line 2",
                "line is " + huge.length() + " bytes long, over the limit of " + JsonlImportSource.MAX_LINE_BYTES));
        assertThat(items.get(2).location()).isEqualTo("big.jsonl line 3");
        assertThat(items.get(2)).isInstanceOf(ImportItem.Parsed.class);
    }

    @Test
    void toleratesCrlfByteOrderMarkAndMissingFinalNewline() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (MINIMAL + "\r\n\r\n" + MINIMAL).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        List<ImportItem> items = readAll(write(dir, "crlf.ndjson", bytes));

        assertThat(items).extracting(ImportItem::location).containsExactly("crlf.ndjson line 1", "crlf.ndjson line 3");
        assertThat(items).allMatch(item -> item instanceof ImportItem.Parsed);
    }

    @Test
    void invalidUtf8IsAMalformedLine() throws IOException {
        byte[] bytes = "{\"url\": \"https://a.example/\", \"outlet\": \"A\", \"title\": \"T\u00ff\", \"text\": \"X\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        List<ImportItem> items = readAll(write(dir, "latin.jsonl", bytes));
        assertThat(reasons(items)).containsExactly("not valid JSON");
    }

    @Test
    void readsRoundupLinesArticleByArticle() throws IOException {
        String story = """
                {"id": "story-1", "date": "2021-04-22T06:15:00-07:00", "topic": "Transport", "issue": "Rail strike", \
                "articles": [\
                {"side": "left", "rating": "lean left", "outlet": "Harbor Ledger", "title": "Rail workers walk out", \
                "url": "https://www.harbor-ledger.example/rail?srnd=premium", "text": "Trains stopped.\\n\\nTalks failed.", \
                "opinion_tag": null}, \
                {"side": "center", "rating": "center", "outlet": "Plain Wire", "title": "What the strike means", \
                "url": "https://plainwire.example/strike", "text": "An explainer.", "opinion_tag": "ANALYSIS"}, \
                {"side": "right", "rating": "right", "outlet": "Hill Courier", "title": "The strike is wrong", \
                "url": "https://hillcourier.example/opinion/strike", "text": "A view.", "opinion_tag": "OPINION"}, \
                {"side": "right", "rating": "mixed", "outlet": "Both Ways", "title": "Checked claims", \
                "url": "https://bothways.example/check", "text": "Claims checked.", "opinion_tag": "FACT CHECK"}, \
                {"side": "left", "rating": "lean left", "outlet": "No Link", "title": "Missing url", "text": "T"}, \
                {"side": "left", "outlet": "Unrated", "title": "No rating", "url": "https://unrated.example/a", \
                "text": "T", "published": "2021-04-21"}]}""";
        List<ImportItem> items = readAll(jsonl("roundups.jsonl", MINIMAL, story));

        assertThat(items).extracting(ImportItem::location).containsExactly("roundups.jsonl line 1",
                "roundups.jsonl line 2 article 1", "roundups.jsonl line 2 article 2", "roundups.jsonl line 2 article 3",
                "roundups.jsonl line 2 article 4", "roundups.jsonl line 2 article 5", "roundups.jsonl line 2 article 6");
        Instant storyDate = Instant.parse("2021-04-22T13:15:00Z");
        String provenance = "AllSides rating given in roundups.jsonl";

        ArticleDraft left = draft(items.get(1));
        assertThat(left.outlet()).isEqualTo(new OutletHint("Harbor Ledger", "harbor-ledger.example",
                new Rating(-0.5, provenance)));
        assertThat(left.canonicalUrl()).isEqualTo("https://www.harbor-ledger.example/rail");
        assertThat(left.published()).isEqualTo(storyDate);
        assertThat(left.kind()).isEqualTo(ArticleKind.NEWS);
        assertThat(left.text()).isEqualTo("Trains stopped.\n\nTalks failed.");

        ArticleDraft center = draft(items.get(2));
        assertThat(center.outlet().declaredStance()).isEqualTo(new Rating(0, provenance));
        assertThat(center.kind()).isEqualTo(ArticleKind.ANALYSIS);

        ArticleDraft right = draft(items.get(3));
        assertThat(right.outlet().declaredStance()).isEqualTo(new Rating(1, provenance));
        assertThat(right.kind()).isEqualTo(ArticleKind.OPINION);

        ArticleDraft mixed = draft(items.get(4));
        assertThat(mixed.outlet().declaredStance()).isNull();
        assertThat(mixed.kind()).isEqualTo(ArticleKind.NEWS);

        assertThat(items.get(5)).isEqualTo(new ImportItem.Skipped("roundups.jsonl line 2 article 5",
                "missing required field \"url\""));

        ArticleDraft unrated = draft(items.get(6));
        assertThat(unrated.outlet().declaredStance()).isNull();
        assertThat(unrated.published()).isEqualTo(Instant.parse("2021-04-21T00:00:00Z"));
    }

    @Test
    void skipsRoundupLinesThatCannotBeRead() throws IOException {
        List<ImportItem> items = readAll(jsonl("r.jsonl",
                "{\"date\": \"soon\", \"articles\": [{}]}",
                "{\"date\": \"2021-04-22\", \"articles\": []}",
                "{\"articles\": {\"not\": \"a list\"}}",
                "{\"articles\": [\"just a string\"]}"));
        assertThat(items).containsExactly(
                new ImportItem.Skipped("r.jsonl line 1",
                        "story field \"date\" is not an ISO-8601 date-time or date: \"soon\""),
                new ImportItem.Skipped("r.jsonl line 2", "story has no articles"),
                new ImportItem.Skipped("r.jsonl line 3", "field \"articles\" must be an array"),
                new ImportItem.Skipped("r.jsonl line 4 article 1", "expected a JSON object"));
    }

    @Test
    void readsStancesAsLabelsOrNumbers() throws IOException {
        List<String> stances = List.of("\"left\"", "\"Lean Left\"", "\"left-center\"", "\"center\"", "\"lean right\"",
                "\"right-center\"", "\"right\"", "0.25", "-1", "\"-0.75\"", "\"mixed\"", "1.5", "\"NaN\"", "true");
        String[] lines = stances.stream().map(stance -> "{\"url\": \"https://a.example/\", \"outlet\": \"A\", "
                + "\"title\": \"T\", \"text\": \"X\", \"outlet_stance\": " + stance + "}").toArray(String[]::new);

        List<ImportItem> items = readAll(jsonl("stances.jsonl", lines));

        List<Object> scores = items.stream().map(item -> item instanceof ImportItem.Parsed parsed
                ? Optional.ofNullable(parsed.draft().outlet().declaredStance()).map(Rating::score).orElse(null)
                : "skipped").map(score -> (Object) (score == null ? "none" : score)).toList();
        assertThat(scores).containsExactly(-1.0, -0.5, -0.5, 0.0, 0.5, 0.5, 1.0, 0.25, -1.0, -0.75, "none",
                "skipped", "skipped", "skipped");
        assertThat(((ImportItem.Skipped) items.get(11)).reason()).isEqualTo(
                "field \"outlet_stance\": stance 1.5 is outside [-1, 1]");
    }

    @Test
    void readsGzippedFiles() throws IOException {
        byte[] bytes = gzip((FULL + "\n" + MINIMAL + "\n").getBytes(StandardCharsets.UTF_8));
        Path file = write(dir, "articles.jsonl.gz", bytes);

        try (ImportSource source = ImportSources.open(file)) {
            assertThat(source.size()).isEqualTo(bytes.length);
            assertThat(source.position()).isLessThanOrEqualTo(bytes.length);
            assertThat(source.next()).get().isInstanceOf(ImportItem.Parsed.class);
            assertThat(source.next()).get().extracting(ImportItem::location).isEqualTo("articles.jsonl.gz line 2");
            assertThat(source.next()).isEmpty();
            assertThat(source.position()).isEqualTo(bytes.length);
        }
    }

    @Test
    void truncatedGzipEndsWithOneSkippedItem() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append(MINIMAL.replace("/a\"", "/a" + i + "\"")).append('\n');
        }
        byte[] whole = gzip(text.toString().getBytes(StandardCharsets.UTF_8));
        Path file = write(dir, "cut.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));

        List<ImportItem> items = readAll(file);

        ImportItem last = items.getLast();
        assertThat(last).isInstanceOf(ImportItem.Skipped.class);
        assertThat(((ImportItem.Skipped) last).reason()).startsWith("the compressed file is truncated or corrupt");
        assertThat(items.subList(0, items.size() - 1)).allMatch(item -> item instanceof ImportItem.Parsed);
    }

    @Test
    void reportsProgressForPlainFiles() throws IOException {
        Path file = jsonl("p.jsonl", MINIMAL, MINIMAL);
        try (ImportSource source = ImportSources.open(file)) {
            assertThat(source.position()).isZero();
            while (source.next().isPresent()) {
                assertThat(source.position()).isPositive();
            }
            assertThat(source.position()).isEqualTo(source.size());
        }
    }

    private Path jsonl(String name, String... lines) throws IOException {
        return write(dir, name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static ArticleDraft draft(ImportItem item) {
        assertThat(item).isInstanceOf(ImportItem.Parsed.class);
        return ((ImportItem.Parsed) item).draft();
    }

    /** The reasons of the skipped items, cut at the first ":" detail for JSON errors and stances. */
    private static List<String> reasons(List<ImportItem> items) {
        return items.stream().filter(item -> item instanceof ImportItem.Skipped)
                .map(item -> ((ImportItem.Skipped) item).reason())
                .map(reason -> reason.startsWith("not valid JSON") ? "not valid JSON"
                        : reason.startsWith("field \"outlet_stance\": unknown stance \"very left\"")
                                ? "field \"outlet_stance\": unknown stance \"very left\"" : reason)
                .toList();
    }
}
