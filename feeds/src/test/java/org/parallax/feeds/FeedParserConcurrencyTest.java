package org.parallax.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One parser shared by many threads gives each thread the result a lone parse gives. */
class FeedParserConcurrencyTest {
    @Test
    void aSharedParserGivesTheSameResultsOnManyThreads() throws Exception {
        FeedParser parser = new FeedParser(FeedLimits.defaults());
        List<byte[]> bodies = List.of(
                ParseHelper.fixture("harbour-rss2.xml"),
                ParseHelper.fixture("valley-atom.xml"),
                ParseHelper.fixture("meadow-rdf.xml"),
                ParseHelper.fixture("lantern.json"),
                "<rss><channel><title>Broken & </titel></channel>".getBytes(StandardCharsets.UTF_8),
                "<html><body>not a feed</body></html>".getBytes(StandardCharsets.UTF_8));
        List<FeedResult> expected = new ArrayList<>();
        for (byte[] body : bodies) {
            expected.add(new FeedParser(FeedLimits.defaults()).parse(body, null, "https://feeds.example/"));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        int k = (i + offset) % bodies.size();
                        if (!parser.parse(bodies.get(k), null, "https://feeds.example/").equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        }
    }
}
