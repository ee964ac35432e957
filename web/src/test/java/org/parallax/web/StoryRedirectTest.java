package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

/** A merged story's page and API addresses redirect permanently to the story it was merged into. */
class StoryRedirectTest {

    private static final Instant T = Instant.parse("2025-06-01T12:00:00Z");

    @TempDir
    Path tempDir;

    private Database db;
    private WebServer server;
    private String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() {
        db = TestDatabases.open(DatabaseKind.H2, tempDir);
        server = new WebServer(db);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    @Test
    void mergedStoriesRedirectToTheSurvivorInOneStep() throws Exception {
        long first = db.stories().create(T);
        long second = db.stories().create(T);
        long survivor = db.stories().create(T);
        db.stories().merge(first, second);
        db.stories().merge(second, survivor);

        HttpResponse<String> page = get("/stories/" + first);
        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("Location")).contains("/stories/" + survivor);
        HttpResponse<String> api = get("/api/stories/" + second);
        assertThat(api.statusCode()).isEqualTo(301);
        assertThat(api.headers().firstValue("Location")).contains("/api/stories/" + survivor);
        // The survivor itself has no brief yet: not found, and no redirect loop.
        assertThat(get("/stories/" + survivor).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
