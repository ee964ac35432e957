package org.parallax.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.feeds.ParseHelper.feed;
import static org.parallax.feeds.ParseHelper.rejection;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The broken feeds the web serves: recovered where the meaning is clear, rejected with a reason otherwise. */
class MalformedFeedTest {
    @Test
    void bareAmpersandsInTextAndAttributes() {
        Feed feed = feed("""
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
                  <title>Fish & Chips &amp; more &lt;3</title>
                  <atom:link rel="alternate" href="https://x.example/?a=1&b=2"/>
                  <item><title>Q&A: rates</title><link>https://x.example/p?id=1&ref=rss</link></item>
                </channel></rss>""");
        assertThat(feed.title()).isEqualTo("Fish & Chips & more <3");
        assertThat(feed.link()).isEqualTo("https://x.example/?a=1&b=2");
        assertThat(feed.entries().getFirst().title()).isEqualTo("Q&A: rates");
        assertThat(feed.entries().getFirst().link()).isEqualTo("https://x.example/p?id=1&ref=rss");
    }

    @Test
    void htmlEntitiesAndUnknownEntitiesWithoutADtd() {
        Feed feed = feed("""
                <rss version="2.0"><channel><title>Caf&eacute;&nbsp;&mdash; &bogus; &copy=2 &#8220;ok&#8221;</title></channel></rss>""");
        assertThat(feed.title()).isEqualTo("Café — &bogus; &copy=2 \u201cok\u201d");
    }

    @Test
    void misspeltAndMissingEndTags() {
        Feed feed = feed("""
                <rss version="2.0"><channel>
                  <language>en-us</langauge>
                  <title>Still here</title>
                  <item><title>One</titel><link>https://x.example/1</link></item>
                  <item><title>Two<link>https://x.example/2</link></item>
                </channel></rss>""");
        assertThat(feed.language()).isEqualTo("en-US");
        assertThat(feed.title()).isEqualTo("Still here");
        assertThat(feed.entries()).hasSize(2);
        assertThat(feed.entries().getFirst().title()).isEqualTo("One");
        assertThat(feed.entries().getFirst().link()).isEqualTo("https://x.example/1");
    }

    @Test
    void undeclaredPrefixesControlCharactersAndAStrayLessThan() {
        Feed feed = feed("""
                <rss version="2.0"><channel><item>
                  <title>Prices \u0008fall < 5% again</title>
                  <dc:creator>Undeclared Prefix</dc:creator>
                  <content:encoded><![CDATA[<p>Body \u0001 text</p>]]></content:encoded>
                </item></channel></rss>""");
        FeedEntry entry = feed.entries().getFirst();
        assertThat(entry.title()).isEqualTo("Prices fall < 5% again");
        assertThat(entry.author()).isEqualTo("Undeclared Prefix");
        assertThat(entry.contentHtml()).isEqualTo("<p>Body  text</p>");
    }

    @Test
    void leadingJunkAndWhitespaceBeforeTheDocument() {
        String junk = "\n\n<b>Warning</b>: Cannot modify header information in feed.php on line 3\n";
        Feed feed = feed(junk + "   <?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>After junk</title></channel></rss>");
        assertThat(feed.title()).isEqualTo("After junk");
    }

    @Test
    void aTruncatedFeedKeepsWhatArrived() {
        Feed feed = feed("""
                <rss version="2.0"><channel><title>Cut</title>
                <item><title>Whole</title><link>https://x.example/1</link></item>
                <item><title>Half</title><link>https://x.example/2""");
        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Whole", "Half");
    }

    @Test
    void rejectsWhatIsNotAFeedWithAReason() {
        assertThat(rejection(new byte[0])).isEqualTo("empty body");
        assertThat(rejection(" \n\t ")).isEqualTo("blank body");
        assertThat(rejection("<!DOCTYPE html><html><head><title>Home</title></head><body>Hi</body></html>"))
                .isEqualTo("not a feed: an HTML page");
        assertThat(rejection("<note><to>Tove</to></note>")).isEqualTo("not a feed: the root element is <note>");
        assertThat(rejection("Service temporarily unavailable")).startsWith("neither XML nor JSON");
        assertThat(rejection("<!-- nothing but a comment -->")).isEqualTo("not a feed: no XML element");
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0};
        assertThat(rejection(binary)).startsWith("neither XML nor JSON");
    }

    @Test
    void anRssFeedWithoutItsRssElement() {
        Feed feed = feed("<channel><title>Bare channel</title><item><title>x</title></item></channel>");
        assertThat(feed.format()).isEqualTo(FeedFormat.RSS_20);
        assertThat(feed.entries()).hasSize(1);
    }

    @Test
    void namespaceUrisWrittenWithOddSpacingOrCase() {
        Feed feed = feed("""
                <rss version="2.0" xmlns:DC=" HTTP://purl.org/dc/elements/1.1/ "><channel><item>
                <DC:creator>Spaced Namespace</DC:creator></item></channel></rss>""");
        assertThat(feed.entries().getFirst().author()).isEqualTo("Spaced Namespace");
    }

    @Test
    void garbageBytesAreRejectedWithAReason() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = '<';
        FeedResult result = ParseHelper.PARSER.parse(noise, "text/xml; charset=utf-8", null);
        assertThat(result).isInstanceOfSatisfying(FeedResult.Rejected.class,
                rejected -> assertThat(rejected.reason()).isNotBlank());
    }

    @Test
    void tagSoupKeepsItsItemAndInventsNothing() {
        // The unterminated attribute swallows the rest of the item: its one entry stays, empty.
        String tagSoup = "<rss><channel><<item>><title attr=\"unterminated>x</title></item></rss>";
        FeedResult result = ParseHelper.PARSER.parse(tagSoup.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(result).isInstanceOfSatisfying(FeedResult.Parsed.class, parsed -> {
            assertThat(parsed.feed().format()).isEqualTo(FeedFormat.RSS_20);
            assertThat(parsed.feed().entries()).singleElement().satisfies(entry -> {
                assertThat(entry.title()).isEmpty();
                assertThat(entry.link()).isNull();
            });
        });
    }
}
