package org.parallax.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedUrlsTest {
    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "https://a.example/news/feed.xml | story/1 | https://a.example/news/story/1",
        "https://a.example/news/feed.xml | /story/1 | https://a.example/story/1",
        "https://a.example/news/feed.xml | ../up | https://a.example/up",
        "https://a.example/news/feed.xml | //cdn.example/x | https://cdn.example/x",
        "https://a.example | page | https://a.example/page",
        "https://a.example/feed?x=1 | ?page=2 | https://a.example/feed?page=2",
        "NULL | https://b.example/abs | https://b.example/abs",
        "NULL | relative/only | NULL",
        "https://a.example/ | mailto:x@y.example | NULL",
        "https://a.example/ | javascript:alert(1) | NULL",
        "https://a.example/ | '  https://b.example/padded\n ' | https://b.example/padded",
        "https://a.example/ | https://b.example/a b?q=é | https://b.example/a%20b?q=%C3%A9",
        "https://a.example/ | http://b.example/100%pure | http://b.example/100%25pure",
        "https://a.example/ | http: | NULL",
    })
    void resolvesLinks(String base, String reference, String expected) {
        assertThat(FeedUrls.link(base, reference)).isEqualTo(expected);
    }

    @Test
    void resolvesUrlAttributesInHtml() {
        String html = "<p><a href=\"/a\">a</a> <img src='b.png' alt=\"x=y\"> <a href=\"https://c.example/\">c</a>"
                + " <a href=\"#top\">top</a> <a data-href=\"/no\">no</a></p>";
        assertThat(FeedUrls.resolveInHtml(html, "https://s.example/dir/page"))
                .isEqualTo("<p><a href=\"https://s.example/a\">a</a> <img src='https://s.example/dir/b.png' alt=\"x=y\">"
                        + " <a href=\"https://c.example/\">c</a> <a href=\"#top\">top</a> <a data-href=\"/no\">no</a></p>");
        assertThat(FeedUrls.resolveInHtml(html, null)).isSameAs(html);
    }

    @Test
    void xmlBaseResolvesAgainstTheBaseInScope() {
        assertThat(FeedUrls.resolveBase("https://a.example/x/", "sub/")).isEqualTo("https://a.example/x/sub/");
        assertThat(FeedUrls.resolveBase("https://a.example/x/", " ")).isEqualTo("https://a.example/x/");
        assertThat(FeedUrls.resolveBase(null, "relative/")).isNull();
    }
}
