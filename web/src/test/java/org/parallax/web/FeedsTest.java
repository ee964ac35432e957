package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Topic;

/**
 * The Atom and RSS feeds, read by mainstream feed parsers: Rome (always) and Python's feedparser
 * (Debian's python3-feedparser; that check skips where it is not installed).
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

    private static final List<String> FEEDS = List.of("/feed.atom", "/feed.rss", "/topics/politics/feed.atom",
            "/topics/politics/feed.rss", "/feed.atom?lr=-3&nuance=2", "/feed.rss?est=3&topics=science");

    @Test
    void everyFeedParsesInRomeWithTheFieldsItsFormatRequires() throws Exception {
        for (String path : FEEDS) {
            String xml = web.get(path).body();
            // Rome refuses malformed XML and DOCTYPEs; the typed feed keeps every element of the format.
            WireFeed wire = new WireFeedInput(false, java.util.Locale.ROOT).build(new StringReader(xml));
            // Every entry written is read (24 stories, half of them on politics, half on science).
            int expected = xml.split(path.contains("atom") ? "<entry>" : "<item>", -1).length - 1;
            assertThat(expected).as(path).isBetween(12, 24);
            if (path.contains("atom")) {
                assertThat(wire.getFeedType()).as(path).isEqualTo("atom_1.0");
                Feed feed = (Feed) wire;
                // RFC 4287 4.1.1: a feed has an id, a title, updated, an author (or every entry has one).
                assertThat(feed.getId()).as(path).startsWith(web.base);
                assertThat(feed.getTitleEx().getValue()).as(path).isNotBlank();
                assertThat(feed.getUpdated()).as(path).isNotNull();
                assertThat(feed.getAuthors()).as(path).isNotEmpty();
                assertThat(feed.getOtherLinks()).as(path).anyMatch(l -> "self".equals(l.getRel()));
                assertThat(feed.getEntries()).as(path).hasSize(expected);
                for (Entry entry : feed.getEntries()) {
                    assertThat(entry.getId()).as(path).startsWith(web.base + "/stories/");
                    assertThat(entry.getTitleEx().getValue()).as(path).isNotBlank();
                    assertThat(entry.getUpdated()).as(path).isNotNull();
                    assertThat(entry.getPublished()).as(path).isNotNull();
                    assertThat(entry.getAlternateLinks()).as(path).singleElement()
                            .satisfies(l -> assertThat(l.getHref()).isEqualTo(entry.getId()));
                    assertThat(entry.getContents()).as(path).singleElement().satisfies(c -> {
                        assertThat(c.getType()).isEqualTo("html");
                        assertThat(c.getValue()).contains("<h3>Facts</h3>").contains("Left Ledger");
                    });
                }
            } else {
                assertThat(wire.getFeedType()).as(path).isEqualTo("rss_2.0");
                Channel channel = (Channel) wire;
                // RSS 2.0: a channel has a title, a link and a description; each item a title or description.
                assertThat(channel.getTitle()).as(path).isNotBlank();
                assertThat(channel.getLink()).as(path).startsWith(web.base);
                assertThat(channel.getDescription()).as(path).isNotBlank();
                assertThat(channel.getLastBuildDate()).as(path).isNotNull();
                assertThat(channel.getItems()).as(path).hasSize(expected);
                for (Item item : channel.getItems()) {
                    assertThat(item.getTitle()).as(path).isNotBlank();
                    assertThat(item.getLink()).as(path).startsWith(web.base + "/stories/");
                    assertThat(item.getGuid().getValue()).as(path).isEqualTo(item.getLink());
                    assertThat(item.getGuid().isPermaLink()).as(path).isTrue();
                    assertThat(item.getPubDate()).as(path).isNotNull();
                    assertThat(item.getDescription().getValue()).as(path).contains("<h3>Facts</h3>");
                }
            }
            // The same entries, in the same order, through Rome's format-neutral model.
            SyndFeed syndicated = new SyndFeedInput().build(new StringReader(xml));
            assertThat(syndicated.getEntries()).as(path).hasSize(expected)
                    .allSatisfy(e -> assertThat(e.getLink()).startsWith(web.base + "/stories/"))
                    .allSatisfy(e -> assertThat(e.getPublishedDate() != null || e.getUpdatedDate() != null).isTrue());
        }
    }

    @Test
    void everyFeedParsesWithoutErrorInFeedparser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        Process check = new ProcessBuilder(PYTHON.toString(), "-c", "import feedparser").start();
        Assumptions.assumeTrue(check.waitFor() == 0, "python3-feedparser is not installed: skipping");
        for (String path : FEEDS) {
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
