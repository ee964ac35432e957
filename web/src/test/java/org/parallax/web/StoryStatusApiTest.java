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
import org.parallax.core.model.Outlet;
import org.parallax.core.model.OutletHint;
import org.parallax.core.model.Rating;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.Topic;
import org.parallax.core.publish.StoryStatus;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;
import org.parallax.web.view.StoryPage;

/** Published and developing stories through the JSON API and the story page. */
class StoryStatusApiTest {
    private static final Instant T = Instant.parse("2026-03-04T18:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tempDir;

    private Database db;
    private WebServer server;
    private String base;
    private long published;
    private long developing;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        db = TestDatabases.open(DatabaseKind.H2, tempDir);
        Outlet ledger = db.outlets().resolve(new OutletHint("Lake Ledger", "lakeledger.example", new Rating(-0.4, "test")));
        Outlet herald = db.outlets().resolve(new OutletHint("Hill Herald", "hillherald.example", new Rating(0.4, "test")));
        published = story(List.of(article(ledger, "https://lakeledger.example/ferry", "Ferry service resumes"),
                article(herald, "https://hillherald.example/ferry", "Ferries run again")), T);
        developing = story(List.of(article(ledger, "https://lakeledger.example/dam", "Dam inspection ordered")),
                T.plusSeconds(60));
        save(published, "Ferry service resumes on the lake", ledger, 3, StoryStatus.PUBLISHED);
        save(developing, "Dam inspection ordered", ledger, 1, StoryStatus.DEVELOPING);
        server = new WebServer(db);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    @Test
    void theStoryListShowsPublishedStoriesOnlyInItsUsualShape() throws Exception {
        JsonNode list = JSON.readTree(get("/api/stories").body());
        assertThat(list.get("stories")).hasSize(1);
        JsonNode item = list.get("stories").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(published);
        assertThat(item.get("outlets").asInt()).isEqualTo(2);
        assertThat(item.get("articles").asInt()).isEqualTo(2);
        assertThat(list.get("page").asInt()).isEqualTo(1);
        assertThat(list.get("next_page").isNull()).isTrue();
        assertThat(JSON.readTree(get("/api/stories?status=published").body()).get("stories")).hasSize(1);
    }

    @Test
    void developingStoriesAreListedOnRequest() throws Exception {
        JsonNode list = JSON.readTree(get("/api/stories?status=developing").body());
        assertThat(list.get("stories")).hasSize(1);
        assertThat(list.get("stories").get(0).get("id").asLong()).isEqualTo(developing);
    }

    @Test
    void anUnknownStatusIsABadRequestWithAJsonError() throws Exception {
        HttpResponse<String> response = get("/api/stories?status=draft");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("developing");
    }

    @Test
    void storyJsonCarriesItsStatusInLowerCase() throws Exception {
        assertThat(JSON.readTree(get("/api/stories/" + published).body()).get("status").asText()).isEqualTo("published");
        assertThat(JSON.readTree(get("/api/stories/" + developing).body()).get("status").asText()).isEqualTo("developing");
    }

    @Test
    void storyJsonAndPageNameTheHeadlinesSource() throws Exception {
        JsonNode source = JSON.readTree(get("/api/stories/" + published).body()).get("title_source");
        assertThat(source.get("url").asText()).isEqualTo("https://lakeledger.example/headline");
        assertThat(source.get("outlet_name").asText()).isEqualTo("Lake Ledger");
        assertThat(get("/stories/" + published).body()).contains("Headline from",
                "href=\"https://lakeledger.example/headline\"");
    }

    @Test
    void aDevelopingStoryPageShowsItsArticlesAndTheNoteButNoBrief() throws Exception {
        HttpResponse<String> page = get("/stories/" + developing);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Developing story", "at least two independent outlets")
                .contains("href=\"https://lakeledger.example/dam\"")
                .doesNotContain("class=\"facts\"", "The dam was inspected 1 times.");
        assertThat(StoryPage.DEVELOPING_NOTE).contains("three facts");
        assertThat(get("/stories/" + published).body()).contains("class=\"facts\"").doesNotContain("Developing story");
        assertThat(get("/").body()).contains("/stories/" + published).doesNotContain("/stories/" + developing + "\"");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long article(Outlet outlet, String url, String title) {
        var draft = new ArticleDraft(new OutletHint(outlet.name(), outlet.domain(), null), url, url, title, null, T,
                title + ". More text follows here.", ArticleKind.NEWS, "en");
        return db.articles().store(outlet.id(), draft, T).articleId();
    }

    private long story(List<Long> articles, Instant time) {
        long story = db.stories().create(time);
        articles.forEach(a -> db.stories().assign(a, story, time));
        return story;
    }

    private void save(long story, String title, Outlet outlet, int facts, StoryStatus status) {
        SourceRef ref = new SourceRef(1, outlet.id(), outlet.name(), "https://" + outlet.domain() + "/");
        List<Fact> list = java.util.stream.IntStream.range(0, facts)
                .mapToObj(i -> new Fact("The dam was inspected " + (i + 1) + " times.", List.of(ref))).toList();
        db.briefs().save(new Brief(story, title, Topic.GENERAL, list, List.of(), null, null, new Coverage(List.of()), T,
                        new SourceRef(1, outlet.id(), outlet.name(), "https://" + outlet.domain() + "/headline")),
                db.stories().version(story).orElseThrow(), status);
    }
}
