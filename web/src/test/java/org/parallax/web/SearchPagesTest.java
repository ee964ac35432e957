package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Topic;

class SearchPagesTest {
    @TempDir
    Path tempDir;

    private WebFixture web;
    private long transit;
    private long taxes;

    @BeforeEach
    void start() {
        web = new WebFixture(tempDir);
        transit = web.story("Council votes on transit", Topic.POLITICS, WebFixture.T,
                "The council voted 7-2 on the light rail line. Riders cheered.", web.left, web.centre);
        taxes = web.story("Tax cut passes the house", Topic.BUSINESS, WebFixture.T.minusSeconds(86_400 * 2),
                "The house passed the tax cut. The council of economists was against it.", web.right);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void searchPageShowsRankedResultsWithHighlightedSnippets() throws Exception {
        String body = web.get("/search?q=rail").body();
        assertThat(body).contains("href=\"/stories/" + transit + "\"").contains("<mark>rail</mark>")
                .doesNotContain("href=\"/stories/" + taxes + "\"").contains("1 story found");
        String phrase = web.get("/search?q=%22council+voted%22").body();
        assertThat(phrase).contains("/stories/" + transit).doesNotContain("/stories/" + taxes + "\"");
        String filtered = web.get("/search?q=council&topic=business").body();
        assertThat(filtered).contains("/stories/" + taxes).doesNotContain("/stories/" + transit + "\"");
        assertThat(web.get("/search?q=%3Cscript%3E").body()).doesNotContain("<script>");
        assertThat(web.get("/search").statusCode()).isEqualTo(200);
    }

    @Test
    void apiSearchAnswersTheDocumentedShape() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode answer = json.readTree(web.get("/api/search?q=council").body());
        assertThat(answer.get("results")).hasSize(2);
        JsonNode first = answer.get("results").get(0);
        assertThat(first.has("story_id") && first.has("title") && first.has("snippet")).isTrue();
        assertThat(answer.get("page").asInt()).isEqualTo(1);
        assertThat(answer.get("next_page").isNull()).isTrue();
        JsonNode right = json.readTree(web.get("/api/search?q=council&side=right").body());
        assertThat(right.get("results")).hasSize(1);
        assertThat(right.get("results").get(0).get("story_id").asLong()).isEqualTo(taxes);
        JsonNode since = json.readTree(web.get("/api/search?q=council&since=2026-03-04").body());
        assertThat(since.get("results").get(0).get("story_id").asLong()).isEqualTo(transit);
        assertThat(since.get("results")).hasSize(1);
        assertThat(web.get("/api/search").statusCode()).isEqualTo(400);
        assertThat(web.get("/api/search?q=x&side=up").statusCode()).isEqualTo(400);
        assertThat(web.get("/api/search?q=x&since=yesterday").statusCode()).isEqualTo(400);
    }
}
