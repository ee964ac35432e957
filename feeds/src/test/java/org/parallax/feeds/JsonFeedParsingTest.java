package org.parallax.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.feeds.ParseHelper.feed;
import static org.parallax.feeds.ParseHelper.fixture;
import static org.parallax.feeds.ParseHelper.rejection;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonFeedParsingTest {
    @Test
    void readsJsonFeed11() {
        Feed feed = feed(fixture("lantern.json"), "application/feed+json", "https://lantern.example/feed.json");
        assertThat(feed.format()).isEqualTo(FeedFormat.JSON_FEED);
        assertThat(feed.title()).isEqualTo("Lantern Weekly");
        assertThat(feed.link()).isEqualTo("https://lantern.example/");
        assertThat(feed.language()).isEqualTo("en");
        assertThat(feed.updated()).isNull();

        FeedEntry budget = feed.entries().getFirst();
        assertThat(budget.id()).isEqualTo("https://lantern.example/p/city-budget");
        assertThat(budget.link()).isEqualTo("https://lantern.example/p/city-budget");
        assertThat(budget.title()).isEqualTo("City budget passes & what it funds");
        assertThat(budget.published()).isEqualTo(Instant.parse("2025-03-02T08:00:00Z"));
        assertThat(budget.updated()).isEqualTo(Instant.parse("2025-03-02T11:30:00Z"));
        assertThat(budget.author()).isEqualTo("Ada Brandt, Sam Ito");
        assertThat(budget.categories()).containsExactly("Politics", "City");
        assertThat(budget.summary()).isEqualTo("Parks gain, roads wait.");
        assertThat(budget.contentHtml()).isEqualTo("<p>The budget <a href=\"https://lantern.example/p/parks\">adds parks</a>.</p>");

        FeedEntry other = feed.entries().get(1);
        assertThat(other.id()).isEqualTo("4711");
        assertThat(other.link()).isEqualTo("https://other.example/story");
        assertThat(other.author()).as("inherits the feed's authors").isEqualTo("Lantern Newsroom");
        assertThat(other.contentHtml()).isEqualTo("Line one &amp; &lt;two&gt;.");
        assertThat(other.published()).isNull();
    }

    @Test
    void readsJsonFeed10Author() {
        Feed feed = feed("""
                {"version": "https://jsonfeed.org/version/1", "title": "Old style",
                 "author": {"name": "Single Author"},
                 "items": [{"id": "1", "url": "https://o.example/1", "title": "One"}]}""");
        assertThat(feed.entries().getFirst().author()).isEqualTo("Single Author");
    }

    @Test
    void rejectsInvalidJsonAndJsonThatIsNotAFeed() {
        assertThat(rejection("{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [")).startsWith("invalid JSON:");
        assertThat(rejection("{\"name\": \"a package.json\"}")).startsWith("not a feed: JSON");
        assertThat(rejection("[1, 2, 3]")).startsWith("not a feed:");
    }
}
