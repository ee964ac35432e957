package org.parallax.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Coverage;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Narrative;
import org.parallax.core.model.NarrativeSide;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.OutletHint;
import org.parallax.core.model.Rating;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.Topic;
import org.parallax.core.publish.StoryStatus;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

/**
 * A database with three rated outlets (left, centre-critical, right-establishment) and published
 * stories written for the web tests, served by a real {@link WebServer} on a free port.
 */
final class WebFixture implements AutoCloseable {
    static final Instant T = Instant.parse("2026-03-04T18:00:00Z");

    final Database db;
    final Outlet left;
    final Outlet centre;
    final Outlet right;
    final WebServer server;
    final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    WebFixture(Path dir) {
        db = TestDatabases.open(DatabaseKind.H2, dir);
        left = db.outlets().resolve(new OutletHint("Left Ledger", "leftledger.example", new Rating(-0.8, "test")));
        centre = db.outlets().resolve(new OutletHint("Center Wire", "centerwire.example", new Rating(0.0, "test")));
        right = db.outlets().resolve(new OutletHint("Right Herald", "rightherald.example", new Rating(0.8, "test")));
        db.outlets().rate(left.id(), new Rating(-0.8, "test"), new Rating(-0.6, "test"));
        db.outlets().rate(right.id(), new Rating(0.8, "test"), new Rating(0.7, "test"));
        server = new WebServer(db);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    /** A published story covered by {@code outlets}, each with one news article, seen at {@code time}. */
    long story(String title, Topic topic, Instant time, String text, Outlet... outlets) {
        long storyId = db.stories().create(time);
        List<SourceRef> refs = new java.util.ArrayList<>();
        List<Coverage.CoveringOutlet> covering = new java.util.ArrayList<>();
        int n = 0;
        for (Outlet outlet : outlets) {
            String url = "https://" + outlet.domain() + "/" + storyId + "-" + (n++);
            var draft = new ArticleDraft(new OutletHint(outlet.name(), outlet.domain(), null), url, url,
                    title + " (" + outlet.name() + ")", null, time, text, ArticleKind.NEWS, "en");
            long articleId = db.articles().store(outlet.id(), draft, time).articleId();
            db.stories().assign(articleId, storyId, time);
            refs.add(new SourceRef(articleId, outlet.id(), outlet.name(), url));
            Outlet rated = db.outlets().find(outlet.id()).orElseThrow();
            covering.add(new Coverage.CoveringOutlet(outlet.id(), outlet.name(), rated.side(), 1));
        }
        String firstSentence = text.contains(".") ? text.substring(0, text.indexOf('.') + 1) : text;
        Brief brief = new Brief(storyId, title, topic, List.of(new Fact(firstSentence, refs)),
                List.of(Narrative.of(NarrativeSide.LEFT, ArticleKind.NEWS, "A win for riders.", refs.getFirst())),
                null, null, new Coverage(covering), time);
        long version = db.stories().version(storyId).orElseThrow();
        db.briefs().save(brief, version, StoryStatus.PUBLISHED);
        return storyId;
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }
}
