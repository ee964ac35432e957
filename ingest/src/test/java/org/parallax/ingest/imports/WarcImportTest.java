package org.parallax.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.imports.ImportTestFiles.gzip;
import static org.parallax.ingest.imports.ImportTestFiles.readAll;
import static org.parallax.ingest.imports.ImportTestFiles.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.OutletHint;

class WarcImportTest {
    private static final String ARTICLE_URL = "https://www.northfield-gazette.example/news/2024/03/05/harbour-bridge-repairs";
    private static final String PLAIN_URL = "https://blog.quiet-lane.example/opinion/2024/why-hedges-matter";
    private static final String PLAIN_PAGE = """
            <html><head><title>Why hedges matter</title></head><body><article>
            <p>Hedges shelter birds, slow the wind and keep soil on the fields where it belongs.</p>
            <p>Cutting them back every year leaves little for the wildlife that depends on them.</p>
            </article></body></html>""";

    @TempDir
    Path dir;

    @Test
    void readsHtmlResponsesAndSkipsOtherResponsesWithReasons() throws IOException {
        byte[] warc = concat(
                record("warcinfo", null, "application/warc-fields", "software: hand\r\n".getBytes(StandardCharsets.UTF_8)),
                record("request", ARTICLE_URL, "application/http; msgtype=request",
                        "GET /news HTTP/1.1\r\nHost: www.northfield-gazette.example\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
                record("response", ARTICLE_URL, "application/http; msgtype=response", http(200, "text/html; charset=utf-8", article())),
                record("response", "https://www.northfield-gazette.example/logo.png", "application/http; msgtype=response",
                        http(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})),
                record("response", "https://www.northfield-gazette.example/gone", "application/http; msgtype=response",
                        http(404, "text/html", "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8))),
                record("metadata", ARTICLE_URL, "application/warc-fields", "outlinks: none\r\n".getBytes(StandardCharsets.UTF_8)),
                record("response", "https://www.northfield-gazette.example/empty", "application/http; msgtype=response",
                        http(200, "text/html", "<html><head><title>Empty</title></head><body></body></html>".getBytes(StandardCharsets.UTF_8))),
                record("response", "dns:northfield-gazette.example", "text/dns", "1.2.3.4".getBytes(StandardCharsets.UTF_8)));

        List<ImportItem> items = readAll(write(dir, "crawl.warc", warc));

        assertThat(items).extracting(ImportItem::location).containsExactly(
                "crawl.warc record 3 (" + ARTICLE_URL + ")",
                "crawl.warc record 4 (https://www.northfield-gazette.example/logo.png)",
                "crawl.warc record 5 (https://www.northfield-gazette.example/gone)",
                "crawl.warc record 7 (https://www.northfield-gazette.example/empty)",
                "crawl.warc record 8 (dns:northfield-gazette.example)");
        ArticleDraft draft = ((ImportItem.Parsed) items.getFirst()).draft();
        assertThat(draft.outlet()).isEqualTo(new OutletHint("Northfield Gazette", "northfield-gazette.example", null));
        assertThat(draft.url()).isEqualTo(ARTICLE_URL);
        assertThat(draft.canonicalUrl()).isEqualTo(ARTICLE_URL);
        assertThat(draft.title()).isEqualTo("Harbour bridge to close for six weeks of repairs");
        assertThat(draft.byline()).isEqualTo("Mara Ellison, Tom Okafor");
        assertThat(draft.published()).isEqualTo(Instant.parse("2024-03-05T07:30:00Z"));
        assertThat(draft.text()).startsWith("The harbour bridge will close").endsWith("as short as possible.");
        assertThat(draft.kind()).isEqualTo(ArticleKind.NEWS);
        assertThat(draft.language()).isEqualTo("en-GB");
        assertThat(items.subList(1, items.size())).extracting(item -> ((ImportItem.Skipped) item).reason()).containsExactly(
                "not HTML (content type image/png)",
                "HTTP status 404, not 200",
                "no article text found in the page",
                "target is not an http(s) URL: \"dns:northfield-gazette.example\"");
    }

    @Test
    void readsGzippedWarcWrittenByJwarc() throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(new Warcinfo.Builder().filename("crawl.warc.gz").build());
            writer.write(response(ARTICLE_URL, article()));
            writer.write(response(PLAIN_URL, PLAIN_PAGE.getBytes(StandardCharsets.UTF_8)));
        }

        List<ImportItem> items = readAll(file);

        assertThat(items).hasSize(2).allMatch(item -> item instanceof ImportItem.Parsed);
        ArticleDraft plain = ((ImportItem.Parsed) items.get(1)).draft();
        assertThat(items.get(1).location()).isEqualTo("crawl.warc.gz record 3 (" + PLAIN_URL + ")");
        // No og:site_name: the outlet is known by its domain.
        assertThat(plain.outlet()).isEqualTo(new OutletHint("blog.quiet-lane.example", "blog.quiet-lane.example", null));
        assertThat(plain.title()).isEqualTo("Why hedges matter");
        assertThat(plain.kind()).isEqualTo(ArticleKind.OPINION);
        assertThat(plain.canonicalUrl()).isEqualTo(PLAIN_URL);
        assertThat(plain.text()).isEqualTo("Hedges shelter birds, slow the wind and keep soil on the fields where it"
                + " belongs.\n\nCutting them back every year leaves little for the wildlife that depends on them.");
    }

    @Test
    void readsHandWrittenPerRecordGzipAndContentEncoding() throws IOException {
        byte[] gzippedBody = gzip(PLAIN_PAGE.getBytes(StandardCharsets.UTF_8));
        byte[] httpWithEncoding = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                + "Content-Length: " + gzippedBody.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8), gzippedBody);
        byte[] warc = concat(
                gzip(record("response", PLAIN_URL, "application/http; msgtype=response", httpWithEncoding)),
                gzip(record("response", ARTICLE_URL, "application/http; msgtype=response",
                        http(200, "text/html", article()))));

        List<ImportItem> items = readAll(write(dir, "pages.warc.gz", warc));

        assertThat(items).hasSize(2).allMatch(item -> item instanceof ImportItem.Parsed);
        assertThat(((ImportItem.Parsed) items.getFirst()).draft().title()).isEqualTo("Why hedges matter");
    }

    @Test
    void truncatedWarcEndsWithOneSkippedItem() throws IOException {
        byte[] first = record("response", PLAIN_URL, "application/http; msgtype=response",
                http(200, "text/html", PLAIN_PAGE.getBytes(StandardCharsets.UTF_8)));
        byte[] second = record("response", ARTICLE_URL, "application/http; msgtype=response",
                http(200, "text/html", article()));
        byte[] cut = concat(first, Arrays.copyOf(second, second.length / 2));

        List<ImportItem> plain = readAll(write(dir, "cut.warc", cut));
        assertTruncated(plain, "cut.warc record 2 (" + ARTICLE_URL + ")");

        byte[] gz = concat(gzip(first), gzip(second));
        List<ImportItem> compressed = readAll(write(dir, "cut.warc.gz", Arrays.copyOf(gz, gz.length - 200)));
        assertThat(compressed).hasSize(2);
        assertThat(compressed.getFirst()).isInstanceOf(ImportItem.Parsed.class);
        assertThat(((ImportItem.Skipped) compressed.getLast()).reason()).startsWith("the WARC file is truncated or corrupt");
    }

    @Test
    void fileCutInsideAHeaderEndsWithOneSkippedItem() throws IOException {
        byte[] first = record("response", PLAIN_URL, "application/http; msgtype=response",
                http(200, "text/html", PLAIN_PAGE.getBytes(StandardCharsets.UTF_8)));
        byte[] cut = concat(first, "WARC/1.0\r\nWARC-Type: resp".getBytes(StandardCharsets.UTF_8));

        List<ImportItem> items = readAll(write(dir, "header.warc", cut));

        assertTruncated(items, "header.warc record 2");
    }

    @Test
    void recordWithBrokenHttpHeaderIsSkippedAndReadingGoesOn() throws IOException {
        byte[] warc = concat(
                record("response", ARTICLE_URL, "application/http; msgtype=response",
                        "SPDY/9 banana\r\n\r\n<html></html>".getBytes(StandardCharsets.UTF_8)),
                record("response", PLAIN_URL, "application/http; msgtype=response",
                        http(200, "text/html", PLAIN_PAGE.getBytes(StandardCharsets.UTF_8))));

        List<ImportItem> items = readAll(write(dir, "broken.warc", warc));

        assertThat(items).hasSize(2);
        assertThat(((ImportItem.Skipped) items.getFirst()).reason()).startsWith("unreadable HTTP response header");
        assertThat(items.getLast()).isInstanceOf(ImportItem.Parsed.class);
    }

    @Test
    void fileThatIsNoWarcGivesOneSkippedItem() throws IOException {
        List<ImportItem> items = readAll(write(dir, "notes.warc",
                "These are my notes, not a web archive.\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(items).hasSize(1);
        assertThat(items.getFirst().location()).isEqualTo("notes.warc record 1");
        assertThat(((ImportItem.Skipped) items.getFirst()).reason()).startsWith("the WARC file is truncated or corrupt");
    }

    @Test
    void emptyFileHasNoItems() throws IOException {
        assertThat(readAll(write(dir, "empty.warc", new byte[0]))).isEmpty();
        assertThat(readAll(write(dir, "empty.warc.gz", new byte[0]))).isEmpty();
    }

    @Test
    void reportsProgress() throws IOException {
        byte[] warc = record("response", PLAIN_URL, "application/http; msgtype=response",
                http(200, "text/html", PLAIN_PAGE.getBytes(StandardCharsets.UTF_8)));
        try (ImportSource source = ImportSources.open(write(dir, "one.warc", warc))) {
            assertThat(source.size()).isEqualTo(warc.length);
            assertThat(source.next()).isPresent();
            assertThat(source.next()).isEmpty();
            assertThat(source.position()).isEqualTo(warc.length);
        }
    }

    private static void assertTruncated(List<ImportItem> items, String location) {
        assertThat(items).hasSize(2);
        assertThat(items.getFirst()).isInstanceOf(ImportItem.Parsed.class);
        ImportItem.Skipped last = (ImportItem.Skipped) items.getLast();
        assertThat(last.location()).isEqualTo(location);
        assertThat(last.reason()).startsWith("the WARC file is truncated or corrupt").endsWith("; reading stopped");
    }

    private static WarcResponse response(String url, byte[] html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-03-05T08:00:00Z")).body(http).build();
    }

    private static byte[] article() throws IOException {
        try (InputStream in = WarcImportTest.class.getResourceAsStream("/pages/harbour-article.html")) {
            return in.readAllBytes();
        }
    }

    private static byte[] http(int status, String contentType, byte[] body) {
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.UTF_8), body);
    }

    /** A WARC/1.0 record written by hand, as the standard lays it out. */
    private static byte[] record(String type, String targetUri, String contentType, byte[] block) {
        String head = "WARC/1.0\r\n"
                + "WARC-Type: " + type + "\r\n"
                + (targetUri == null ? "" : "WARC-Target-URI: " + targetUri + "\r\n")
                + "WARC-Date: 2024-03-05T08:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + UUID.randomUUID() + ">\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
