package org.parallax.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.feeds.ParseHelper.feed;
import static org.parallax.feeds.ParseHelper.fixture;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RssParsingTest {
    private final Feed harbour = feed(fixture("harbour-rss2.xml"), "application/rss+xml", "https://harbour.example/rss");

    @Test
    void readsTheChannel() {
        assertThat(harbour.format()).isEqualTo(FeedFormat.RSS_20);
        assertThat(harbour.title()).isEqualTo("The Harbour Gazette \u2013 News");
        assertThat(harbour.link()).isEqualTo("https://harbour.example/");
        assertThat(harbour.language()).isEqualTo("en-GB");
        assertThat(harbour.updated()).isEqualTo(Instant.parse("2025-03-04T09:15:00Z"));
        assertThat(harbour.ttl()).isEqualTo(Duration.ofMinutes(20));
        assertThat(harbour.entries()).hasSize(3);
    }

    @Test
    void readsAnItemWithHtmlTitleRelativeLinkAndExtensions() {
        FeedEntry ferry = harbour.entries().get(0);
        assertThat(ferry.id()).isEqualTo("harbour-10452");
        assertThat(ferry.title()).isEqualTo("Council approves new ferry timetable & fares");
        assertThat(ferry.link()).isEqualTo("https://harbour.example/news/2025/03/ferry-timetable");
        assertThat(ferry.published()).isEqualTo(Instant.parse("2025-03-04T08:30:00Z"));
        assertThat(ferry.author()).isEqualTo("Mara Quist, Tom Ellery");
        assertThat(ferry.categories()).containsExactly("Local", "Transport");
        assertThat(ferry.summary()).isEqualTo("The council voted 7\u20132 for the new timetable.");
        assertThat(ferry.contentHtml())
                .contains("<img src=\"https://harbour.example/img/ferry.jpg\"")
                .contains("<a href='https://harbour.example/news/fares'>April</a>");
    }

    @Test
    void prefersTheOriginalLinkOverAProxyAndReadsNamedZones() {
        FeedEntry storm = harbour.entries().get(1);
        assertThat(storm.link()).isEqualTo("https://harbour.example/news/2025/03/storm-warning");
        assertThat(storm.title()).isEqualTo("Storm warning: \"stay indoors\", says coastguard");
        assertThat(storm.published()).isEqualTo(Instant.parse("2025-03-04T03:05:00Z"));
        assertThat(storm.author()).isEqualTo("Night Desk");
        assertThat(storm.summary()).isEqualTo("Winds of up to 90 km/h are expected & the harbour will close.");
        assertThat(storm.contentHtml()).isNull();
    }

    @Test
    void fallsBackForMissingTitleLinkAndUnparseableDate() {
        FeedEntry letters = harbour.entries().get(2);
        assertThat(letters.title()).isEmpty();
        assertThat(letters.link()).isEqualTo("https://harbour.example/news/2025/03/letters");
        assertThat(letters.id()).isEqualTo("https://harbour.example/news/2025/03/letters");
        assertThat(letters.published()).isEqualTo(Instant.parse("2025-03-02T17:00:00Z"));
        assertThat(letters.categories()).isEmpty();
        assertThat(letters.author()).isEmpty();
    }

    @Test
    void readsRss10WithDublinCoreAndSyndicationPeriod() {
        Feed meadow = feed(fixture("meadow-rdf.xml"), "application/rdf+xml", "https://meadow.example/index.rdf");
        assertThat(meadow.format()).isEqualTo(FeedFormat.RSS_10);
        assertThat(meadow.title()).isEqualTo("Meadow Times");
        assertThat(meadow.language()).isEqualTo("de-DE");
        assertThat(meadow.updated()).isEqualTo(Instant.parse("2025-03-04T06:00:00Z"));
        assertThat(meadow.ttl()).isEqualTo(Duration.ofMinutes(30));
        assertThat(meadow.entries()).extracting(FeedEntry::title).containsExactly("Milchpreis steigt", "Neue Käserei eröffnet");
        FeedEntry first = meadow.entries().getFirst();
        assertThat(first.author()).isEqualTo("Jörg Weber");
        assertThat(first.categories()).containsExactly("Landwirtschaft");
        assertThat(first.published()).isEqualTo(Instant.parse("2025-03-04T05:30:00Z"));
        assertThat(meadow.entries().get(1).published()).isNull();
    }

    @Test
    void readsRss090And091AndTheirVersions() {
        Feed rss090 = feed("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
                  <channel><title>Old</title><link>http://old.example/</link></channel>
                  <item><title>First</title><link>http://old.example/1</link></item>
                </rdf:RDF>""");
        assertThat(rss090.format()).isEqualTo(FeedFormat.RSS_090);
        assertThat(rss090.entries()).extracting(FeedEntry::link).containsExactly("http://old.example/1");

        Feed rss091 = feed("""
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Caf&eacute; &amp; Cr&egrave;me&nbsp;Daily</title>
                <item><title>&ldquo;Quoted&rdquo;</title><link>http://cafe.example/1</link></item></channel></rss>""");
        assertThat(rss091.format()).isEqualTo(FeedFormat.RSS_091);
        assertThat(rss091.title()).isEqualTo("Café & Crème Daily");
        assertThat(rss091.entries().getFirst().title()).isEqualTo("\u201cQuoted\u201d");

        assertThat(feed("<rss version=\"0.92\"><channel/></rss>").format()).isEqualTo(FeedFormat.RSS_092);
        assertThat(feed("<rss><channel><title>No version</title></channel></rss>").format()).isEqualTo(FeedFormat.RSS_20);
    }

    @Test
    void readsItemsOutsideTheChannelAndAtomLinksInRss() {
        Feed feed = feed("""
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
                  <atom:link rel="self" href="https://x.example/feed"/>
                  <atom:link rel="alternate" href="https://x.example/"/>
                </channel>
                <item><title>Stray</title><atom:link href="https://x.example/stray"/></item></rss>""");
        assertThat(feed.link()).isEqualTo("https://x.example/");
        assertThat(feed.entries()).extracting(FeedEntry::link).containsExactly("https://x.example/stray");
    }

    @Test
    void anUnprefixedSelfLinkIsNotTheSiteLink() {
        Feed feed = feed("""
                <rss version="2.0"><channel><link href="https://x.example/feed.xml" rel="self"/>
                <link>https://x.example/</link></channel></rss>""");
        assertThat(feed.link()).isEqualTo("https://x.example/");
    }

    @Test
    void keepsOnlyWebLinks() {
        Feed feed = feed("""
                <rss version="2.0"><channel><item><title>a</title><link>javascript:alert(1)</link></item>
                <item><title>b</title><link>  https://ok.example/b  </link></item>
                <item><title>c</title><link>https://ok.example/with space/é</link></item></channel></rss>""");
        assertThat(feed.entries()).extracting(FeedEntry::link)
                .containsExactly(null, "https://ok.example/b", "https://ok.example/with%20space/%C3%A9");
        assertThat(feed.entries().getFirst().id()).isNull();
    }

    @Test
    void readsMediaAndItunesFallbacks() {
        Feed feed = feed("""
                <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
                <channel><item>
                  <media:title>Only a media title</media:title>
                  <media:group><media:description>Described in a group</media:description></media:group>
                  <itunes:author>Pod Host</itunes:author>
                </item></channel></rss>""");
        FeedEntry entry = feed.entries().getFirst();
        assertThat(entry.title()).isEqualTo("Only a media title");
        assertThat(entry.summary()).isEqualTo("Described in a group");
        assertThat(entry.author()).isEqualTo("Pod Host");
        assertThat(entry.categories()).isEqualTo(List.of());
    }
}
