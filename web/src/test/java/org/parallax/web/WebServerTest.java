package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Coverage;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Forecast;
import org.parallax.core.model.Narrative;
import org.parallax.core.model.NarrativeSide;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.OutletHint;
import org.parallax.core.model.Rating;
import org.parallax.core.model.Side;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.Topic;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;
import org.parallax.core.publish.StoryStatus;

class WebServerTest {
    private static final Instant T = Instant.parse("2026-03-04T18:00:00Z");

    @TempDir
    Path tempDir;

    private Database db;
    private WebServer server;
    private String base;
    private long storyId;
    private long leftOutletId;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        db = TestDatabases.open(DatabaseKind.H2, tempDir);
        Outlet left = db.outlets().resolve(new OutletHint("Left <b>Ledger</b>", "leftledger.example",
                new Rating(-0.5, "declared in test")));
        Outlet right = db.outlets().resolve(new OutletHint("Right Herald", "rightherald.example",
                new Rating(1, "declared in test")));
        leftOutletId = left.id();
        long a = article(left, "https://leftledger.example/a", "Council <script>alert(1)</script> votes",
                "The council voted 7-2 on Tuesday. It was late.", ArticleKind.NEWS);
        long b = article(right, "javascript:alert(1)", "Council votes", "The council voted 7-2.", ArticleKind.OPINION);
        storyId = db.stories().create(T);
        db.stories().assign(a, storyId, T);
        db.stories().assign(b, storyId, T);
        SourceRef refA = new SourceRef(a, left.id(), left.name(), "https://leftledger.example/a");
        SourceRef refB = new SourceRef(b, right.id(), right.name(), "javascript:alert(1)");
        Brief brief = new Brief(storyId, "Council <i>votes</i> on transit", Topic.POLITICS,
                List.of(new Fact("The council voted 7-2 on Tuesday.", List.of(refA, refB))),
                List.of(Narrative.of(NarrativeSide.LEFT, ArticleKind.NEWS, "A win <img src=x onerror=alert(1)>.", refA),
                        Narrative.of(NarrativeSide.RIGHT, ArticleKind.OPINION, "A boondoggle.", refB)),
                null, new Forecast("Will the line open by 2030?", 0.1, "Metaculus", "https://www.metaculus.com/q/1",
                T), new Coverage(List.of(new Coverage.CoveringOutlet(left.id(), left.name(), Side.LEFT, 1),
                        new Coverage.CoveringOutlet(right.id(), right.name(), Side.RIGHT, 1))), T);
        db.briefs().save(brief, db.stories().stale(10).getFirst().version(), StoryStatus.PUBLISHED);
        server = new WebServer(db);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    private long article(Outlet outlet, String url, String title, String text, ArticleKind kind) {
        var draft = new ArticleDraft(new OutletHint(outlet.name(), outlet.domain(), null), url, url, title, null, T,
                text, kind, "en");
        return db.articles().store(outlet.id(), draft, T).articleId();
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void storyPageShowsTheBriefInTheExampleLayout() throws Exception {
        HttpResponse<String> page = get("/stories/" + storyId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("The council voted 7-2 on Tuesday.")
                .contains("Left narrative:", "Right narrative:", "Nerd narrative:")
                .contains("<span class=\"kind\">News report</span>", "<span class=\"kind\">Opinion</span>")
                .contains("Metaculus gives a 10% chance")
                .contains("href=\"https://leftledger.example/a\"");
    }

    @Test
    void articleTextIsEscapedAndOnlyWebLinksAreLinked() throws Exception {
        String body = get("/stories/" + storyId).body();
        assertThat(body).doesNotContain("<i>votes</i>", "<img src=x", "<b>Ledger</b>", "href=\"javascript:");
        assertThat(body).contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(get("/outlets/" + leftOutletId).body()).doesNotContain("<script>alert(1)</script>")
                .contains("declared in test");
    }

    @Test
    void frontPageListsStoriesWithTopicAndOutletCount() throws Exception {
        String body = get("/").body();
        assertThat(body).contains("/stories/" + storyId).contains("Politics").contains("2 outlets");
    }

    @Test
    void unknownOrMalformedIdsAreNotFound() throws Exception {
        assertThat(get("/stories/999999").statusCode()).isEqualTo(404);
        assertThat(get("/stories/abc").statusCode()).isEqualTo(404);
        assertThat(get("/outlets/99999999999999999999999").statusCode()).isEqualTo(404);
        assertThat(get("/api/stories/123456").statusCode()).isEqualTo(404);
        assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
    }

    @Test
    void jsonApiGivesStableIdsAndTheBrief() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode list = json.readTree(get("/api/stories").body());
        assertThat(list.get("stories")).hasSize(1);
        assertThat(list.get("stories").get(0).get("id").asLong()).isEqualTo(storyId);
        assertThat(list.get("stories").get(0).get("outlets").asInt()).isEqualTo(2);

        HttpResponse<String> one = get("/api/stories/" + storyId);
        assertThat(one.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
        JsonNode story = json.readTree(one.body());
        assertThat(story.get("facts").get(0).get("text").asText()).isEqualTo("The council voted 7-2 on Tuesday.");
        assertThat(story.get("facts").get(0).get("sources")).hasSize(2);
        assertThat(story.get("coverage").get("counts").get("LEFT").asInt()).isEqualTo(1);
        assertThat(story.get("forecast").get("probability").asDouble()).isEqualTo(0.1);

        JsonNode outlets = json.readTree(get("/api/outlets").body()).get("outlets");
        assertThat(outlets).hasSize(2);
        assertThat(outlets.findValuesAsText("name")).contains("Right Herald");
    }

    @Test
    void stylesheetIsServed() throws Exception {
        assertThat(get("/static/parallax.css").statusCode()).isEqualTo(200);
    }
}
