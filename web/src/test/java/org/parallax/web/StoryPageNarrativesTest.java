package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
import org.parallax.core.model.Narrative;
import org.parallax.core.model.NarrativeSide;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.OutletHint;
import org.parallax.core.model.Side;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.Topic;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;
import org.parallax.core.publish.StoryStatus;

/** Narratives labelled by side and the blindspot, the same on the story page and in the JSON API. */
class StoryPageNarrativesTest {

    private static final Instant T = Instant.parse("2026-03-04T18:00:00Z");

    @TempDir
    Path tempDir;

    private Database db;
    private WebServer server;
    private String base;
    private long story;

    @BeforeEach
    void start() {
        db = TestDatabases.open(DatabaseKind.H2, tempDir);
        story = db.stories().create(T);
        List<SourceRef> refs = new ArrayList<>();
        List<Coverage.CoveringOutlet> covering = new ArrayList<>();
        String[] names = {"Harbor Ledger", "Quay Weekly", "Dockside Daily", "Pier Review"};
        for (int i = 0; i < names.length; i++) {
            Outlet outlet = db.outlets().resolve(new OutletHint(names[i], "outlet" + i + ".example", null));
            String url = "https://outlet" + i + ".example/a";
            var draft = new ArticleDraft(new OutletHint(outlet.name(), outlet.domain(), null), url, url,
                    "Town sells water utility", null, T, "The council voted 5-4 on Monday.", ArticleKind.NEWS, "en");
            long article = db.articles().store(outlet.id(), draft, T).articleId();
            db.stories().assign(article, story, T);
            refs.add(new SourceRef(article, outlet.id(), outlet.name(), url));
            covering.add(new Coverage.CoveringOutlet(outlet.id(), outlet.name(), i < 3 ? Side.LEFT : Side.UNRATED, 1));
        }
        db.briefs().save(new Brief(story, "Town sells water utility", Topic.POLITICS,
                List.of(new Fact("The council voted 5-4 on Monday.", List.of(refs.get(0)))),
                List.of(Narrative.of(NarrativeSide.ESTABLISHMENT_CRITICAL, ArticleKind.NEWS, "A reckless sale.", refs.get(1)),
                        Narrative.of(NarrativeSide.PRO_ESTABLISHMENT, ArticleKind.OPINION, "A sensible sale.", refs.get(2))),
                null, null, new Coverage(covering), T), db.stories().stale(10).getFirst().version(), StoryStatus.PUBLISHED);
        server = new WebServer(db);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void thePageHeadsEachNarrativeWithItsSideAndSaysWhoIgnoresTheStory() throws Exception {
        String body = get("/stories/" + story);
        assertThat(body.indexOf("Establishment-critical narrative:")).isPositive()
                .isLessThan(body.indexOf("Pro-establishment narrative:"));
        assertThat(body).contains("<a href=\"https://outlet1.example/a\">Quay Weekly</a>")
                .contains("<span class=\"kind\">News report</span>")
                .contains("Blindspot for the right: 3 of 3 rated outlets covering this story are on the left, none on the right.");
    }

    @Test
    void theApiGivesEachNarrativesSideAxisAndKindAndTheIgnoringWing() throws Exception {
        JsonNode json = new ObjectMapper().readTree(get("/api/stories/" + story));
        JsonNode first = json.get("narratives").get(0);
        assertThat(first.get("label").asText()).isEqualTo("Establishment-critical narrative");
        assertThat(first.get("side").asText()).isEqualTo("Establishment-critical");
        assertThat(first.get("axis").asText()).isEqualTo("ESTABLISHMENT");
        assertThat(first.get("kind").asText()).isEqualTo("NEWS");
        assertThat(first.get("source").get("url").asText()).isEqualTo("https://outlet1.example/a");
        assertThat(json.get("coverage").get("blindspot").asText()).isEqualTo("LEFT");
        assertThat(json.get("coverage").get("ignored_by").asText()).isEqualTo("RIGHT");
        assertThat(json.get("coverage").get("note").asText()).startsWith("Blindspot for the right");
    }
}
