package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Topic;

/**
 * The Atom and RSS feeds, read by a mainstream feed parser: Python's feedparser (Debian's
 * python3-feedparser). The parsing checks skip where it is not installed.
 */
class FeedsTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path tempDir;

    private WebFixture web;

    @BeforeEach
    void start() {
        web = new WebFixture(tempDir.resolve("db"));
        for (int i = 0; i < 24; i++) {
            web.story("Story number " + i + " & <friends>", i % 2 == 0 ? Topic.POLITICS : Topic.SCIENCE,
                    WebFixture.T.minusSeconds(86_400L * i), "Fact " + i + " was reported. More followed.", web.left,
                    web.right);
        }
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void feedsCarryTheLatestStoriesWithTheirBriefs() throws Exception {
        var atom = web.get("/feed.atom");
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(atom.headers().firstValue("content-type")).hasValue("application/atom+xml; charset=utf-8");
        assertThat(atom.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains("Story number 23 &amp; &lt;friends&gt;")
                .contains("&lt;h3&gt;Facts&lt;/h3&gt;")
                .doesNotContain("<friends>");
        assertThat(atom.body().split("<entry>", -1)).hasSize(25);
        String etag = atom.headers().firstValue("etag").orElseThrow();
        assertThat(web.get("/feed.atom", "If-None-Match", etag).statusCode()).isEqualTo(304);

        var rss = web.get("/topics/science/feed.rss");
        assertThat(rss.body()).contains("<rss version=\"2.0\"").contains("Story number 1 ")
                .doesNotContain("Story number 0 ");
        assertThat(web.get("/topics/nothing/feed.atom").statusCode()).isEqualTo(404);
        assertThat(web.get("/feed.rss?lr=7").statusCode()).isEqualTo(400);
    }

    @Test
    void everyFeedParsesWithoutErrorInFeedparser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        Process check = new ProcessBuilder(PYTHON.toString(), "-c", "import feedparser").start();
        Assumptions.assumeTrue(check.waitFor() == 0, "python3-feedparser is not installed: skipping");
        for (String path : List.of("/feed.atom", "/feed.rss", "/topics/politics/feed.atom", "/topics/politics/feed.rss",
                "/feed.atom?lr=-3&nuance=2", "/feed.rss?est=3&topics=science")) {
            Path file = tempDir.resolve("feed-" + Math.abs(path.hashCode()) + ".xml");
            Files.writeString(file, web.get(path).body());
            Process parse = new ProcessBuilder(PYTHON.toString(), "-c", """
                    import sys, feedparser
                    d = feedparser.parse(sys.argv[1])
                    assert not d.bozo, repr(d.get('bozo_exception'))
                    e = d.entries
                    assert len(e) >= 12, len(e)
                    assert all(x.title and x.link and x.id for x in e)
                    body = e[0].content[0].value if 'content' in e[0] else e[0].description
                    assert 'Facts' in body and 'Left Ledger' in body, body
                    print(d.version, len(e))
                    """, file.toString()).redirectErrorStream(true).start();
            String out = new String(parse.getInputStream().readAllBytes());
            assertThat(parse.waitFor()).as(path + ": " + out).isZero();
            assertThat(out).startsWith(path.contains("atom") ? "atom10" : "rss20");
        }
        Files.writeString(tempDir.resolve("front.html"), web.get("/").body());
        assertThat(Files.readString(tempDir.resolve("front.html")))
                .contains("<link rel=\"alternate\" type=\"application/rss+xml\"");
    }
}
