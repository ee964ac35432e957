package org.parallax.extract.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "HTTPS://WWW.Example.COM/News/Story.html | https://www.example.com/News/Story.html",
        "https://example.com | https://example.com/",
        "https://example.com?b=1 | https://example.com/?b=1",
        "http://example.com:80/a | http://example.com/a",
        "https://example.com:443/a | https://example.com/a",
        "https://example.com:8443/a | https://example.com:8443/a",
        "http://example.com:443/a | http://example.com:443/a",
        "https://example.com/a#section-2 | https://example.com/a",
        "https://example.com/a/b/../c/./d | https://example.com/a/c/d",
        "https://example.com/../a | https://example.com/a",
        "https://example.com/a/.. | https://example.com/",
        "https://example.com/a/ | https://example.com/a/",
        "https://example.com/a?utm_source=x&id=7&utm_medium=y&fbclid=z&page=2 | https://example.com/a?id=7&page=2",
        "https://example.com/a?gclid=1&mc_cid=2&mc_eid=3&ref=home&cmpid=4&UTM_Campaign=5 | https://example.com/a",
        "https://example.com/a?z=1&a=2 | https://example.com/a?z=1&a=2",
        "https://example.com/a?&&x=1& | https://example.com/a?x=1",
        "https://example.com/a?flag | https://example.com/a?flag",
        "https://user:secret@example.com/a | https://example.com/a",
        "https://example.com./a | https://example.com/a",
        "https://example.com/a%7eb%2fc%3A | https://example.com/a~b%2Fc%3A",
        "https://example.com/caf\u00e9 story | https://example.com/caf%C3%A9%20story",
        "https://b\u00fccher.example/x | https://xn--bcher-kva.example/x",
        "https://example.com/a?q=a+b%20c | https://example.com/a?q=a+b%20c",
        "https://example.com/100%/ | https://example.com/100%25/",
        "  https://example.com/a  | https://example.com/a",
    })
    void canonicalizes(String input, String expected) {
        assertThat(UrlCanonicalizer.canonicalize(input)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.com/a", "/news/a", "ftp://example.com/a", "mailto:a@example.com",
        "javascript:alert(1)", "https://", "https:///a", "https://exa mple.com/", "https://example.com:99999/",
        "https://example.com:8o/", "https://ex..ample.com/", "https://example.com/a\nb"})
    void refusesWhatIsNoHttpUrl(String input) {
        assertThat(UrlCanonicalizer.canonicalize(input)).isEmpty();
    }

    @Test
    void refusesNullAndOverlongUrls() {
        assertThat(UrlCanonicalizer.canonicalize(null)).isEmpty();
        assertThat(UrlCanonicalizer.canonicalize("https://example.com/" + "a".repeat(UrlCanonicalizer.MAX_LENGTH)))
                .isEmpty();
    }

    @Test
    void isIdempotent() {
        String once = UrlCanonicalizer.canonicalize("HTTPS://Example.com:443/a/../b c?utm_x=1&k=%e2%82%ac#f").orElseThrow();
        assertThat(UrlCanonicalizer.canonicalize(once)).contains(once);
        assertThat(once).isEqualTo("https://example.com/b%20c?k=%E2%82%AC");
    }

    @Test
    void domainIsTheHostWithoutWww() {
        assertThat(UrlCanonicalizer.domain("https://www.NYTimes.com/2024/01/01/x.html")).contains("nytimes.com");
        assertThat(UrlCanonicalizer.domain("https://edition.cnn.com/x")).contains("edition.cnn.com");
        assertThat(UrlCanonicalizer.domain("http://www.example.com:8080/")).contains("example.com");
        assertThat(UrlCanonicalizer.domain("not a url")).isEqualTo(Optional.empty());
    }
}
