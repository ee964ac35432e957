package org.parallax.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Small helpers for feed tests: fixtures from the class path, and parsing that expects a feed. */
final class ParseHelper {
    static final FeedParser PARSER = new FeedParser(FeedLimits.defaults());

    private ParseHelper() {
    }

    static byte[] fixture(String name) {
        try (InputStream in = ParseHelper.class.getResourceAsStream("/feeds/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Feed feed(byte[] body, String contentType, String url) {
        FeedResult result = PARSER.parse(body, contentType, url);
        assertThat(result).isInstanceOf(FeedResult.Parsed.class);
        return ((FeedResult.Parsed) result).feed();
    }

    static Feed feed(String xml) {
        return feed(xml.getBytes(StandardCharsets.UTF_8), null, "https://feeds.example/feed.xml");
    }

    static String rejection(byte[] body) {
        FeedResult result = PARSER.parse(body, null, "https://feeds.example/feed.xml");
        assertThat(result).isInstanceOf(FeedResult.Rejected.class);
        return ((FeedResult.Rejected) result).reason();
    }

    static String rejection(String text) {
        return rejection(text.getBytes(StandardCharsets.UTF_8));
    }
}
