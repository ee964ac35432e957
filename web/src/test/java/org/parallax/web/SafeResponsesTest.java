package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Topic;

class SafeResponsesTest {
    @TempDir
    Path tempDir;

    private WebFixture web;
    private long storyId;

    @BeforeEach
    void start() {
        web = new WebFixture(tempDir);
        storyId = web.story("Council votes on transit", Topic.POLITICS, WebFixture.T,
                "The council voted 7-2 on Tuesday. It was late.", web.left, web.right);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private static final List<String> PATHS = List.of("/", "/stories/", "/api/stories", "/static/parallax.css",
            "/no/such/page", "/api/no-such-route", "/status");

    @Test
    void everyResponseCarriesTheSafeHeaders() throws Exception {
        for (String path : PATHS) {
            String p = path.equals("/stories/") ? path + storyId : path;
            HttpResponse<String> response = web.get(p);
            var h = response.headers();
            assertThat(h.firstValue("content-security-policy")).as(p).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline"));
            assertThat(h.firstValue("x-content-type-options")).as(p).hasValue("nosniff");
            assertThat(h.firstValue("referrer-policy")).as(p).isPresent();
            assertThat(h.firstValue("x-frame-options")).as(p).hasValue("DENY");
            assertThat(h.firstValue("content-type")).as(p).hasValueSatisfying(
                    type -> assertThat(type.toLowerCase()).contains("charset=utf-8"));
        }
    }

    @Test
    void pagesHaveNoInlineScriptOrStyleThatTheirPolicyWouldBlock() throws Exception {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)|\\sstyle=|\\son[a-z]+=|<style", Pattern.CASE_INSENSITIVE);
        for (String path : List.of("/", "/stories/" + storyId, "/outlets/" + web.left.id(), "/status", "/nowhere")) {
            assertThat(inline.matcher(web.get(path).body()).find()).as(path).isFalse();
        }
    }

    @Test
    void apiErrorsAreJsonWithTheRightStatus() throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpResponse<String> unknown = web.get("/api/no-such-route");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).get("error").asText()).contains("/api/no-such-route");

        HttpResponse<String> badPage = web.get("/api/stories?page=abc");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badPage.body()).get("error").asText()).contains("page");

        HttpResponse<String> post = web.send("POST", "/api/stories");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("allow")).hasValue("GET, HEAD");
        assertThat(json.readTree(post.body()).has("error")).isTrue();

        assertThat(web.send("DELETE", "/stories/" + storyId).statusCode()).isEqualTo(405);
        assertThat(web.get("/?page=-3").statusCode()).isEqualTo(400);
        assertThat(web.get("/api/stories/" + storyId + "999").body()).contains("\"error\"");
    }

    @Test
    void headAnswersWithoutABody() throws Exception {
        HttpResponse<String> head = web.send("HEAD", "/stories/" + storyId);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("etag")).isPresent();
    }

    @Test
    void pagesRevalidateWithEtagAndLastModified() throws Exception {
        for (String path : List.of("/", "/stories/" + storyId, "/api/stories", "/api/stories/" + storyId)) {
            HttpResponse<String> first = web.get(path);
            String etag = first.headers().firstValue("etag").orElseThrow();
            HttpResponse<String> again = web.get(path, "If-None-Match", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(web.get(path, "If-None-Match", "\"other\"").statusCode()).as(path).isEqualTo(200);
        }
        HttpResponse<String> story = web.get("/stories/" + storyId);
        String lastModified = story.headers().firstValue("last-modified").orElseThrow();
        assertThat(web.get("/stories/" + storyId, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(web.get("/stories/" + storyId, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode())
                .isEqualTo(200);
    }
}
