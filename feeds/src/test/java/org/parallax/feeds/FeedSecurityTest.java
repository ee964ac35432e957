package org.parallax.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.feeds.ParseHelper.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity bombs, external entities and oversized input: refused or parsed without harm. */
class FeedSecurityTest {
    private static final String SECRET = "secret-4d1c9e";

    @TempDir
    Path dir;

    @Test
    void aBillionLaughsIsNotExpanded() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        Feed feed = feed("<?xml version=\"1.0\"?>\n" + dtd
                + "<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;&lol9;</title></item></channel></rss>");
        assertThat(feed.title()).isEqualTo("&lol9;");
        assertThat(feed.entries().getFirst().title()).isEqualTo("&lol9;&lol9;");
    }

    @Test
    void anExternalEntityNeverReadsTheFile() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>x &xxe; y</title>"
                + "<item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>";
        Feed feed = feed(xml);
        assertThat(feed.toString()).doesNotContain(SECRET);
        assertThat(feed.title()).isEqualTo("x &xxe; y");
    }

    @Test
    void externalDtdsAndParameterEntitiesAreNotLoaded() throws IOException {
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY leak \"" + SECRET + "\">");
        String external = "<!DOCTYPE rss SYSTEM \"" + dtd.toUri() + "\">"
                + "<rss version=\"2.0\"><channel><title>&leak;</title></channel></rss>";
        assertThat(feed(external).toString()).doesNotContain(SECRET);
        String parameter = "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + dtd.toUri() + "\"> %remote;]>"
                + "<rss version=\"2.0\"><channel><title>&leak;</title></channel></rss>";
        assertThat(feed(parameter).toString()).doesNotContain(SECRET);
    }

    @Test
    void anOversizedBodyIsRejectedUnread() {
        FeedParser small = new FeedParser(new FeedLimits(1024, 10, 32));
        byte[] body = ("<rss><channel><title>" + "x".repeat(2000) + "</title></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        FeedResult result = small.parse(body, null, null);
        assertThat(result).isInstanceOf(FeedResult.Rejected.class);
        assertThat(((FeedResult.Rejected) result).reason()).contains("exceeds the limit of 1024 bytes");
    }

    @Test
    void entriesBeyondTheLimitAreIgnored() {
        FeedParser small = new FeedParser(new FeedLimits(1 << 20, 3, 32));
        String items = "<item><title>t</title></item>".repeat(10);
        FeedResult result = small.parse(("<rss><channel>" + items + "</channel></rss>").getBytes(StandardCharsets.UTF_8),
                null, null);
        assertThat(((FeedResult.Parsed) result).feed().entries()).hasSize(3);
    }

    @Test
    void deepNestingNeitherOverflowsTheStackNorKeepsTheDepth() {
        String deep = "<rss><channel><title>Deep</title><item><title>kept</title><description>"
                + "<div>".repeat(50_000) + "inner" + "</div>".repeat(50_000)
                + "</description></item></channel></rss>";
        Feed feed = feed(deep);
        assertThat(feed.entries().getFirst().title()).isEqualTo("kept");
        assertThat(feed.entries().getFirst().summary()).isEqualTo("inner");
        String unclosed = "<rss><channel><title>Open</title>" + "<x>".repeat(50_000) + "</channel></rss>";
        assertThat(feed(unclosed).title()).isEqualTo("Open");
    }

    @Test
    void theStrictReaderItselfExpandsNoDtdEntity() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret2.txt"), SECRET);
        String internal = "<!DOCTYPE r [<!ENTITY a \"expanded\"><!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><r>&a;&x;</r>";
        String external = "<!DOCTYPE r SYSTEM \"" + secret.toUri() + "\"><r>text</r>";
        for (String xml : new String[] {internal, external}) {
            try {
                XmlElement root = new StrictXmlReader().read(xml, new TreeBuilder(null, 32));
                assertThat(root.text()).doesNotContain("expanded").doesNotContain(SECRET);
            } catch (javax.xml.stream.XMLStreamException refused) {
                assertThat(refused.getMessage()).doesNotContain(SECRET);
            }
        }
    }

    @Test
    void limitsAreChecked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FeedLimits(0, 10, 32))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FeedLimits(1024, 10, 100_000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
