package org.parallax.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.feeds.ParseHelper.feed;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The elements and habits of real feeds that a strict reading misses: Media RSS groups (every
 * YouTube feed), Dublin Core authors and dates, upper-case names, CDF, several updates of one entry,
 * escaped references left in ids and links, C1 characters, and charsets recorded as chosen.
 */
class FeedElementsTest {

    @Test
    void aYouTubeEntryTakesItsSummaryFromTheMediaGroup() {
        FeedEntry entry = feed("""
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
                 <entry><id>yt:video:x1</id><title>Clip</title><published>2026-03-01T10:00:00+00:00</published>
                  <media:group><media:title>Clip</media:title><media:description>Harbour works explained.</media:description>
                  <media:credit role="author">Port Authority</media:credit></media:group>
                 </entry></feed>""").entries().getFirst();
        assertThat(entry.summary()).isEqualTo("Harbour works explained.");
        assertThat(entry.author()).isEqualTo("Port Authority");
    }

    @Test
    void dublinCoreAuthorAndIssuedDateAreRead() {
        FeedEntry entry = feed("""
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
                <channel><item><title>A</title><link>https://a.example/1</link><dc:author>Ana Ruiz</dc:author>
                <dc:date>2026-03-05T08:00:00Z</dc:date><dcterms:issued>2026-03-01T08:00:00Z</dcterms:issued>
                </item></channel></rss>""").entries().getFirst();
        assertThat(entry.author()).isEqualTo("Ana Ruiz");
        assertThat(entry.published()).as("dcterms:issued is the publication").isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
        assertThat(entry.updated()).isEqualTo(Instant.parse("2026-03-05T08:00:00Z"));
    }

    @Test
    void upperCaseElementNamesAreRead() {
        Feed feed = feed("""
                <RSS VERSION="2.0"><CHANNEL><TITLE>Loud</TITLE><LINK>https://loud.example/</LINK>
                <ITEM><TITLE>Shout</TITLE><LINK>https://loud.example/1</LINK><PUBDATE>Sat, 07 Mar 2026 14:05:09 GMT</PUBDATE>
                <GUID ISPERMALINK="false">loud-1</GUID></ITEM></CHANNEL></RSS>""");
        assertThat(feed.title()).isEqualTo("Loud");
        FeedEntry entry = feed.entries().getFirst();
        assertThat(entry.title()).isEqualTo("Shout");
        assertThat(entry.id()).isEqualTo("loud-1");
        assertThat(entry.published()).isEqualTo(Instant.parse("2026-03-07T14:05:09Z"));
    }

    @Test
    void cdfChannelsAndItemsAreRead() {
        Feed feed = feed("""
                <CHANNEL HREF="https://cdf.example/" LASTMOD="2026-03-07T12:00">
                <TITLE>Channel</TITLE><ITEM HREF="https://cdf.example/i1" LASTMOD="2026-03-06T09:30">
                <TITLE>Item</TITLE><ABSTRACT>What it says</ABSTRACT></ITEM></CHANNEL>""");
        assertThat(feed.format()).isEqualTo(FeedFormat.CDF);
        assertThat(feed.link()).isEqualTo("https://cdf.example/");
        assertThat(feed.updated()).isEqualTo(Instant.parse("2026-03-07T12:00:00Z"));
        FeedEntry entry = feed.entries().getFirst();
        assertThat(entry.link()).isEqualTo("https://cdf.example/i1");
        assertThat(entry.updated()).isEqualTo(Instant.parse("2026-03-06T09:30:00Z"));
        assertThat(entry.published()).isNull();
        assertThat(entry.summary()).isEqualTo("What it says");
    }

    @Test
    void ofSeveralUpdatesTheLastCounts() {
        FeedEntry entry = feed("""
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>tag:u,2026:1</id><title>E</title>
                <updated>2026-03-01T10:00:00Z</updated><updated>2026-03-04T10:00:00Z</updated></entry></feed>""")
                .entries().getFirst();
        assertThat(entry.updated()).isEqualTo(Instant.parse("2026-03-04T10:00:00Z"));
        assertThat(entry.published()).as("the feed gives none").isNull();
    }

    @Test
    void escapedReferencesDoNotLeakIntoIdsAndLinks() {
        Feed feed = feed("""
                <rss version="2.0"><channel>
                <item><title>a</title><guid isPermaLink="false">https://x.example/?a=1&amp;amp;b=2</guid>
                <link>https://x.example/p?a=1&amp;amp;b=2</link></item>
                <item><title>b</title><guid isPermaLink="false"><![CDATA[tag:x&amp;y]]></guid></item>
                </channel></rss>""");
        assertThat(feed.entries().get(0).id()).isEqualTo("https://x.example/?a=1&b=2");
        assertThat(feed.entries().get(0).link()).isEqualTo("https://x.example/p?a=1&b=2");
        assertThat(feed.entries().get(1).id()).isEqualTo("tag:x&y");
    }

    @Test
    void c1CharactersAreTheWindows1252CharactersTheyStandFor() {
        Feed feed = feed("<rss version=\"2.0\"><channel><title>It\u0092s &#146;here&#x92;</title></channel></rss>");
        assertThat(feed.title()).isEqualTo("It\u2019s \u2019here\u2019");
    }

    @Test
    void theChosenCharsetIsRecordedAndAnUnknownLabelIsNeverSilentlyReplaced() {
        Charset latin = Charset.forName("windows-1252");
        byte[] body = "<?xml version=\"1.0\" encoding=\"x-no-such\"?><rss><channel><title>caf\u00e9</title></channel></rss>"
                .getBytes(latin);
        Feed unknown = feed(body, null, "https://feeds.example/");
        assertThat(unknown.title()).isEqualTo("caf\u00e9");
        assertThat(unknown.encoding()).startsWith("windows-1252 (detected").contains("'x-no-such' is not known");

        Feed labelled = feed("<rss><channel><title>Новости</title></channel></rss>".getBytes(Charset.forName("KOI8-R")),
                "text/xml; charset=KOI8-R", "https://feeds.example/");
        assertThat(labelled.encoding()).isEqualTo("koi8-r (HTTP header)");

        Feed mislabelled = feed("<rss><channel><title>Zürich</title></channel></rss>".getBytes(StandardCharsets.UTF_8),
                "text/xml; charset=iso-8859-1", "https://feeds.example/");
        assertThat(mislabelled.title()).isEqualTo("Zürich");
        assertThat(mislabelled.encoding()).startsWith("utf-8 (the bytes are valid UTF-8; the HTTP header's windows-1252");
    }
}
