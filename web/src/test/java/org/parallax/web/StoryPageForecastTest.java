package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Coverage;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Forecast;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.OutletHint;
import org.parallax.core.model.Side;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.Topic;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;
import org.parallax.core.publish.StoryStatus;

/** The nerd narrative on the story page: the example's sentence, the market, its link and the date of the probability. */
class StoryPageForecastTest {

    private static final Instant T = Instant.parse("2026-03-04T18:00:00Z");

    @TempDir
    Path tempDir;

    private Database db;
    private WebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        db.close();
    }

    private String page(Forecast forecast) throws Exception {
        db = TestDatabases.open(DatabaseKind.H2, tempDir);
        Outlet outlet = db.outlets().resolve(new OutletHint("Center Wire", "centerwire.example", null));
        var draft = new ArticleDraft(new OutletHint(outlet.name(), outlet.domain(), null), "https://centerwire.example/a",
                "https://centerwire.example/a", "Talks resume", null, T, "Talks resumed on Tuesday.", ArticleKind.NEWS, "en");
        long article = db.articles().store(outlet.id(), draft, T).articleId();
        long story = db.stories().create(T);
        db.stories().assign(article, story, T);
        SourceRef ref = new SourceRef(article, outlet.id(), outlet.name(), "https://centerwire.example/a");
        db.briefs().save(new Brief(story, "Talks resume", Topic.WORLD, List.of(new Fact("Talks resumed on Tuesday.", List.of(ref))),
                List.of(), "Left", forecast, new Coverage(List.of(new Coverage.CoveringOutlet(outlet.id(), outlet.name(),
                        Side.CENTER, 1))), T), 1, StoryStatus.PUBLISHED);
        server = new WebServer(db);
        String base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/stories/" + story)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aRestatedQuestionIsShownWithTheMarketsOwnWordsLinkAndDate() throws Exception {
        String body = page(new Forecast("Will there be a ceasefire in the Harbor War before 2027?", 0.1, "Metaculus",
                "https://www.metaculus.com/questions/41001/", Instant.parse("2026-03-01T08:00:00Z"),
                "there will be a ceasefire in the Harbor War before 2027", false));

        assertThat(body).contains("Metaculus gives a 10% chance that there will be a ceasefire in the Harbor War before 2027,"
                        + " as of 1 Mar 2026.")
                .contains("<a href=\"https://www.metaculus.com/questions/41001/\">Metaculus</a>")
                .contains("“Will there be a ceasefire in the Harbor War before 2027?”")
                .contains("probability as of 1 Mar 2026");
    }

    @Test
    void aQuotedPlayMoneyQuestionSaysSoAndItsTextIsEscaped() throws Exception {
        String body = page(new Forecast("Will <b>X</b> happen before 2027?", 0.62, "Manifold",
                "javascript:alert(1)", T, null, true));

        assertThat(body).contains("Manifold (play money) gives a 62% chance to \"Will &lt;b&gt;X&lt;/b&gt; happen before 2027?\", as of")
                .doesNotContain("<b>X</b>", "href=\"javascript:")
                .doesNotContain("market-question");
    }
}
