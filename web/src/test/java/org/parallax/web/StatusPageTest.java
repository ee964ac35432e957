package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.FeedState;
import org.parallax.core.model.OutletHint;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

class StatusPageTest {
    private static final Instant T = Instant.parse("2026-03-04T12:00:00Z");

    @TempDir
    Path tempDir;

    @Test
    void showsEveryFeedsHealthFailingFirstAndEscaped() throws Exception {
        try (Database db = TestDatabases.open(DatabaseKind.H2, tempDir)) {
            long outlet = db.outlets().resolve(new OutletHint("Herald <b>Daily</b>", "herald.example", null)).id();
            db.feeds().add(outlet, "https://herald.example/rss", ArticleKind.NEWS);
            db.feeds().add(outlet, "https://herald.example/opinion.xml", ArticleKind.OPINION);
            db.feeds().add(outlet, "https://herald.example/new.xml", ArticleKind.NEWS);
            FeedState ok = db.feeds().findByUrl("https://herald.example/rss").orElseThrow();
            db.feeds().save(new FeedState(ok.id(), outlet, ok.url(), ok.kind(), null, null, T, T, null, null, 0,
                    T.plus(Duration.ofMinutes(20)), Duration.ofMinutes(20), 12, Duration.ofMillis(800)));
            FeedState bad = db.feeds().findByUrl("https://herald.example/opinion.xml").orElseThrow();
            db.feeds().save(new FeedState(bad.id(), outlet, bad.url(), bad.kind(), null, null, T, null,
                    "not a usable feed: <script>alert(1)</script>", T, 3, T.plus(Duration.ofHours(8)),
                    Duration.ofMinutes(30), 0, Duration.ofSeconds(30)));

            WebServer server = new WebServer(db);
            try {
                int port = server.start("127.0.0.1", 0);
                HttpResponse<String> page = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString());
                String body = page.body();
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(body).contains("3 feeds: 1 healthy, 0 slow,", "1 failing, 1 not polled yet");
                assertThat(body).contains("<td>0.8 s</td>", "<td>30 s</td>", "<td>failing</td>", "<td>ok</td>");
                assertThat(body).contains("4 Mar 2026 12:20 UTC", "never", "now");
                assertThat(body.indexOf("opinion.xml")).isLessThan(body.indexOf("herald.example/rss"));
                assertThat(body).doesNotContain("<script>alert(1)</script>", "<b>Daily</b>")
                        .contains("not a usable feed: &lt;script&gt;");
                assertThat(body).contains("href=\"/status\"");
            } finally {
                server.close();
            }
        }
    }
}
