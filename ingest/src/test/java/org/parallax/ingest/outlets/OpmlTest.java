package org.parallax.ingest.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.FeedLink;
import org.parallax.core.model.OutletEntry;
import org.parallax.core.model.Ownership;
import org.parallax.core.model.Rating;

class OpmlTest {

    @Test
    void exportedOutletsReadBackUnchanged() throws IOException {
        List<OutletEntry> outlets = List.of(
                new OutletEntry("Left & Co \"Daily\"", "left.example", "https://left.example/", "GB",
                        new Rating(-0.6, "Parallax editors' starting estimate"), new Rating(0.25, "user"), true,
                        Ownership.STATE, List.of(new FeedLink("https://left.example/rss?a=1&b=2", ArticleKind.NEWS),
                                new FeedLink("https://left.example/opinion", ArticleKind.OPINION))),
                new OutletEntry("Bare", "bare.example", null, null, null, null, null, null,
                        List.of(new FeedLink("https://bare.example/feed", ArticleKind.NEWS))));
        StringWriter out = new StringWriter();
        Opml.write(outlets, out);

        Opml.Contents read = Opml.read(out.toString().getBytes(StandardCharsets.UTF_8), "export.opml");
        assertThat(read.problems()).isEmpty();
        assertThat(read.outlets()).isEqualTo(outlets);
    }

    @Test
    void readsPlainSubscriptionListsFromFeedReaders() {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="1.0"><head><title>My feeds</title></head><body>
                  <outline text="News">
                    <outline type="rss" text="NYT &gt; World" xmlUrl="https://rss.nytimes.com/world.xml" htmlUrl="https://www.nytimes.com/section/world"/>
                    <outline type="rss" text="BBC" title="BBC News" xmlUrl="https://feeds.bbci.co.uk/news/rss.xml" htmlUrl="https://www.bbc.co.uk/news"/>
                  </outline>
                  <outline title="Opinion">
                    <outline type="rss" text="NYT Opinion" xmlUrl="https://rss.nytimes.com/opinion.xml" htmlUrl="https://www.nytimes.com/section/opinion"/>
                  </outline>
                  <outline type="rss" text="Feed only" xmlUrl="https://blog.example.org/feed"/>
                  <outline type="rss" text="Broken" xmlUrl="javascript:alert(1)"/>
                </body></opml>""";
        Opml.Contents read = Opml.read(opml.getBytes(StandardCharsets.UTF_8), "mine.opml");

        assertThat(read.outlets()).extracting(OutletEntry::domain)
                .containsExactly("nytimes.com", "bbc.co.uk", "blog.example.org");
        OutletEntry nyt = read.outlets().getFirst();
        assertThat(nyt.name()).isEqualTo("NYT > World");
        assertThat(nyt.feeds()).containsExactly(new FeedLink("https://rss.nytimes.com/world.xml", ArticleKind.NEWS),
                new FeedLink("https://rss.nytimes.com/opinion.xml", ArticleKind.OPINION));
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p).startsWith("mine.opml line ")
                .contains("not an http(s) URL"));
    }

    @Test
    void entitiesAndNonOpmlDocumentsAreRefused() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <opml><body><outline type="rss" text="&x;" xmlUrl="https://a.example/rss"/></body></opml>""";
        Opml.Contents read = Opml.read(xxe.getBytes(StandardCharsets.UTF_8), "x.opml");
        assertThat(read.outlets()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p).startsWith("x.opml: malformed OPML"));
        assertThat(Opml.read("<rss/>".getBytes(StandardCharsets.UTF_8), "r.xml").problems())
                .containsExactly("r.xml: not OPML (root element <rss>)");
    }
}
