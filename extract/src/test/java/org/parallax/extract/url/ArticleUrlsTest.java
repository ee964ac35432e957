package org.parallax.extract.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleUrlsTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.example.com/news/story-1?utm_source=rss&id=4, https://www.example.com/news/story-1?id=4",
            "https://m.example.com/news/story-1, https://www.example.com/news/story-1",
            "http://mobile.example.co.uk/news/story-1#top, http://www.example.co.uk/news/story-1",
            "https://amp.example.com/news/story-1, https://www.example.com/news/story-1",
            "https://www.example.com/amp/news/story-1, https://www.example.com/news/story-1",
            "https://www.example.com/news/story-1/amp, https://www.example.com/news/story-1",
            "https://www.example.com/news/story-1/amp/, https://www.example.com/news/story-1",
            "https://www.example.com/news/story-1.amp, https://www.example.com/news/story-1",
            "https://www.example.com/news/story-1.amp.html, https://www.example.com/news/story-1.html",
            "https://www.example.com/news/story-1?amp, https://www.example.com/news/story-1",
            "https://www.example.com/news/story-1?amp=1&page=2, https://www.example.com/news/story-1?page=2",
            "https://www.example.com/news/story-1?outputType=amp, https://www.example.com/news/story-1",
            "https://m.example/news, https://m.example/news",
            "https://www.example.com/news/ampere-record, https://www.example.com/news/ampere-record",
            "https://www.example.com/amp, https://www.example.com/",
            "https://www.example.com/v1.ampx/a, https://www.example.com/v1.ampx/a"})
    void variantsOfOneArticleMeet(String variant, String key) {
        assertThat(ArticleUrls.key(variant)).contains(key);
    }

    @ParameterizedTest
    @CsvSource({"ftp://example.com/a", "not a url", "javascript:alert(1)"})
    void onlyWebAddressesHaveAKey(String url) {
        assertThat(ArticleUrls.key(url)).isEmpty();
    }
}
