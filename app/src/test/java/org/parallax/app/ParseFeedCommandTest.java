package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code parallax parse-feed}: one JSON object on standard output, for a file or a URL; exit codes 0, 1, 2. */
class ParseFeedCommandTest {
    private static final String FEED = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Harbour News</title><link>https://harbour.example/</link>
            <item><title>Council &amp; port agree</title><link>https://harbour.example/1</link>
            <guid isPermaLink="false">h-1</guid><author>desk@harbour.example (Ana Ruiz)</author>
            <pubDate>Thu, 01 Jan 2004 14:48:21 EST</pubDate><description>&lt;p&gt;The deal.&lt;/p&gt;</description></item>
            <item><title>Undated</title><pubDate>Sat, 07 Mar 2026 14:05:09 XYZ</pubDate></item>
            </channel></rss>""";

    @TempDir
    Path tempDir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = Main.commandLine(env);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        PrintStream originalOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = cli.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
        }
    }

    private static void assertFeed(String json) throws IOException {
        JsonNode feed = new ObjectMapper().readTree(json);
        assertThat(feed.path("title").asText()).isEqualTo("Harbour News");
        assertThat(feed.path("link").asText()).isEqualTo("https://harbour.example/");
        JsonNode first = feed.path("entries").get(0);
        assertThat(first.path("id").asText()).isEqualTo("h-1");
        assertThat(first.path("link").asText()).isEqualTo("https://harbour.example/1");
        assertThat(first.path("title").asText()).isEqualTo("Council & port agree");
        assertThat(first.path("author").asText()).isEqualTo("Ana Ruiz");
        assertThat(first.path("published").asText()).isEqualTo("2004-01-01T19:48:21Z");
        assertThat(first.path("updated").isNull()).isTrue();
        assertThat(first.path("summary").asText()).isEqualTo("The deal.");
        JsonNode second = feed.path("entries").get(1);
        assertThat(second.path("published").isNull()).as("an unknown zone gives no date").isTrue();
        assertThat(second.path("link").isNull()).isTrue();
    }

    @Test
    void aFileIsPrintedAsOneJsonObject() throws IOException {
        Path file = tempDir.resolve("feed.xml");
        Files.writeString(file, FEED);

        Run run = run(Map.of(), "parse-feed", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out().strip().lines()).hasSize(1);
        assertFeed(run.out());
    }

    @Test
    void aUrlIsFetchedThroughTheFetchLayerAndItsAddressPolicy() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", exchange -> {
            byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
            Run allowed = run(Map.of("PARALLAX_FETCH_ALLOW_PRIVATE", "on"), "parse-feed", url);
            assertThat(allowed.code()).as(allowed.err()).isZero();
            assertFeed(allowed.out());

            Run refused = run(Map.of(), "parse-feed", url);
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.out()).isEmpty();
            assertThat(refused.err().strip().lines()).hasSize(1);
            assertThat(refused.err()).contains("refused", "loopback");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void failuresExitWithOneAndUsageMistakesWithTwo() throws IOException {
        Path page = tempDir.resolve("page.html");
        Files.writeString(page, "<html><body><p>Hello</p></body></html>");

        Run notAFeed = run(Map.of(), "parse-feed", page.toString());
        assertThat(notAFeed.code()).isEqualTo(1);
        assertThat(notAFeed.err()).contains("not a readable feed", "HTML page");

        Run missing = run(Map.of(), "parse-feed", tempDir.resolve("nothing.xml").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");

        assertThat(run(Map.of(), "parse-feed").code()).isEqualTo(2);
        Run help = run(Map.of(), "parse-feed", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("FILE|URL", "published");
    }
}
