package org.parallax.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.feeds.ParseHelper.feed;
import static org.parallax.feeds.ParseHelper.fixture;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AtomParsingTest {
    private final Feed valley = feed(fixture("valley-atom.xml"), "application/atom+xml; charset=utf-8",
            "https://valley.example/feed.atom");

    @Test
    void readsTheFeedWithXmlBaseAndLanguage() {
        assertThat(valley.format()).isEqualTo(FeedFormat.ATOM_10);
        assertThat(valley.title()).isEqualTo("Valley Report");
        assertThat(valley.link()).isEqualTo("https://valley.example/blog/");
        assertThat(valley.language()).isEqualTo("en-US");
        assertThat(valley.updated()).isEqualTo(Instant.parse("2025-03-04T10:00:00Z"));
        assertThat(valley.ttl()).isNull();
    }

    @Test
    void readsAnEntryWithXhtmlContentAndRelativeLinks() {
        FeedEntry entry = valley.entries().getFirst();
        assertThat(entry.id()).isEqualTo("tag:valley.example,2025:post-77");
        assertThat(entry.title()).isEqualTo("Water rights: what the ruling means");
        assertThat(entry.link()).isEqualTo("https://valley.example/blog/posts/water-rights");
        assertThat(entry.published()).isEqualTo(Instant.parse("2025-03-04T00:20:00Z"));
        assertThat(entry.updated()).isEqualTo(Instant.parse("2025-03-04T08:00:00Z"));
        assertThat(entry.author()).isEqualTo("Ines Okafor");
        assertThat(entry.categories()).containsExactly("Law & courts", "water");
        assertThat(entry.summary()).isEqualTo("The court sided with the farmers.");
        assertThat(entry.contentHtml())
                .isEqualTo("<p>Read <a href=\"https://valley.example/blog/posts/ruling.pdf\">the ruling</a> &amp; the dissent.</p>");
    }

    @Test
    void keepsTextConstructsAsTextAndInheritsTheFeedAuthor() {
        FeedEntry entry = valley.entries().get(1);
        assertThat(entry.title()).isEqualTo("Less < more: a note on budgets");
        assertThat(entry.author()).isEqualTo("Valley Staff");
        assertThat(entry.published()).as("no publication date given").isNull();
        assertThat(entry.publishedOrUpdated()).as("falls back to updated").isEqualTo(Instant.parse("2025-03-01T12:00:00Z"));
        assertThat(entry.contentHtml()).isEqualTo("Short &amp; plain.");
        assertThat(entry.summary()).isEmpty();
    }

    @Test
    void readsAtom03WithItsOwnNamesAndModes() {
        Feed feed = feed("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:lang="fr">
                  <title mode="escaped" type="text/html">Le &lt;i&gt;Journal&lt;/i&gt;</title>
                  <link rel="alternate" type="text/html" href="http://journal.example/"/>
                  <modified>2004-01-01T19:48:21Z</modified>
                  <entry>
                    <title>Premier</title>
                    <link rel="alternate" href="http://journal.example/1"/>
                    <issued>2003-12-31T10:00:00+01:00</issued>
                    <modified>2004-01-01T08:00:00Z</modified>
                    <author><name>Claire</name></author>
                    <content type="text/html" mode="base64">PHA+Qm9uam91ciAmYW1wOyBiaWVudmVudWU8L3A+</content>
                  </entry>
                </feed>""");
        assertThat(feed.format()).isEqualTo(FeedFormat.ATOM_03);
        assertThat(feed.title()).isEqualTo("Le Journal");
        assertThat(feed.language()).isEqualTo("fr");
        assertThat(feed.updated()).isEqualTo(Instant.parse("2004-01-01T19:48:21Z"));
        FeedEntry entry = feed.entries().getFirst();
        assertThat(entry.link()).isEqualTo("http://journal.example/1");
        assertThat(entry.published()).isEqualTo(Instant.parse("2003-12-31T09:00:00Z"));
        assertThat(entry.updated()).isEqualTo(Instant.parse("2004-01-01T08:00:00Z"));
        assertThat(entry.contentHtml()).isEqualTo("<p>Bonjour &amp; bienvenue</p>");
    }

    @Test
    void skipsOutOfLineAndBinaryContentAndNonAlternateLinks() {
        Feed feed = feed("""
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <entry><title>a</title><link rel="self" href="https://x.example/self"/>
                    <content src="https://x.example/body.html"/></entry>
                  <entry><title>b</title><content type="image/png">iVBORw0KGgo=</content></entry>
                </feed>""");
        assertThat(feed.entries()).extracting(FeedEntry::link).containsExactly(null, null);
        assertThat(feed.entries()).extracting(FeedEntry::contentHtml).containsExactly(null, null);
    }
}
