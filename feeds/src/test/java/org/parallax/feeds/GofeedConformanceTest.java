package org.parallax.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Runs every test feed of gofeed (github.com/mmcdole/gofeed, testdata/) through the parser: each
 * must be parsed or rejected with a reason, never throw; and where gofeed has an expected JSON,
 * the parsed feed must agree with it on title, link, dates and item count (feed and items).
 *
 * <p>How values compare. Titles: gofeed keeps markup and escapes as written, Parallax gives plain
 * text, so both sides are reduced to their text (markup stripped and entities decoded until
 * nothing changes) before comparing. Links: gofeed has no feed URL, so its relative links are
 * resolved against the URL this test passes as the feed's. Dates: as instants.
 *
 * <p>Skipped when the dataset is absent (see {@link EvaluationData}).
 */
class GofeedConformanceTest {
    static final String FEED_URL = "https://feeds.example/gofeed/feed.xml";

    /** Fields where Parallax deliberately differs from gofeed, by reason ("case#field"). */
    private static final Map<String, List<String>> DIFFERENCES_BY_REASON = Map.of(
            "several <link> elements: gofeed keeps the last one, Parallax the first (a later href-only"
                    + " <link> is usually a misplaced atom:link, often rel=self)", List.of(
                    "parser/rss/rss_channel_links.xml#feed.link",
                    "parser/rss/rss_channel_item_links.xml#item0.link",
                    "parser/rss/rdf_channel_links.xml#feed.link",
                    "parser/rss/rdf_item_links.xml#item0.link",
                    "translator/rss/feed_links_-_rss_channel_links.xml#feed.link",
                    "translator/rss/feed_links_-_rdf_channel_links.xml#feed.link",
                    "translator/rss/feed_item_links_-_rss_channel_item_links.xml#item0.link"),
            "JSON Feed has no feed-level date: gofeed copies the first item's date_modified, Parallax"
                    + " reports none", List.of(
                    "translator/json/json10_full.json#feed.date",
                    "translator/json/json11_full.json#feed.date"));

    private static final Map<String, String> KNOWN_DIFFERENCES = byCase(DIFFERENCES_BY_REASON);

    private final FeedParser parser = new FeedParser(FeedLimits.defaults());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyGofeedTestFeedIsParsedOrRejectedAndAgreesWithGofeed() throws IOException {
        Path root = EvaluationData.find("feeds/gofeed/testdata").orElse(null);
        assumeTrue(root != null, "gofeed test data not found (shared/datasets/feeds/gofeed/testdata)");

        List<Path> feeds = testFeeds(root);
        Map<String, String> exceptions = new TreeMap<>();
        Map<String, String> rejected = new TreeMap<>();
        Map<String, String> unexpectedRejections = new TreeMap<>();
        Map<String, String> disagreements = new TreeMap<>();
        Map<String, String> knownSeen = new TreeMap<>();
        int parsed = 0;
        int compared = 0;
        int agreed = 0;
        int feedsCompared = 0;
        int feedsAgreeing = 0;
        for (Path file : feeds) {
            String name = root.relativize(file).toString().replace('\\', '/');
            FeedResult result;
            try {
                result = parser.parse(Files.readAllBytes(file), null, FEED_URL);
            } catch (Throwable t) {
                exceptions.put(name, t.toString());
                continue;
            }
            Path expectedFile = expectedFor(file);
            if (result instanceof FeedResult.Rejected(String reason)) {
                rejected.put(name, reason);
                if (expectedFile != null) {
                    unexpectedRejections.put(name, reason);
                }
                continue;
            }
            parsed++;
            if (expectedFile == null) {
                continue;
            }
            Feed feed = ((FeedResult.Parsed) result).feed();
            GofeedExpectation expected = GofeedExpectation.of(GofeedExpectation.shapeOf(name),
                    json.readTree(expectedFile.toFile()));
            Map<String, String> fields = compare(feed, expected);
            feedsCompared++;
            boolean allAgree = true;
            for (Map.Entry<String, String> field : fields.entrySet()) {
                compared++;
                String key = name + "#" + field.getKey();
                if (field.getValue() == null) {
                    agreed++;
                } else if (KNOWN_DIFFERENCES.containsKey(key)) {
                    knownSeen.put(key, field.getValue());
                    allAgree = false;
                } else {
                    disagreements.put(key, field.getValue());
                    allAgree = false;
                }
            }
            feedsAgreeing += allAgree ? 1 : 0;
        }

        System.out.printf("gofeed conformance: %d test feeds, %d parsed, %d rejected, %d exceptions%n",
                feeds.size(), parsed, rejected.size(), exceptions.size());
        rejected.forEach((name, reason) -> System.out.printf("  rejected %s: %s%n", name, reason));
        System.out.printf("gofeed agreement: %d of %d fields (%.2f%%), %d of %d feeds fully; %d known differences%n",
                agreed, compared, 100.0 * agreed / Math.max(1, compared), feedsAgreeing, feedsCompared,
                knownSeen.size());
        disagreements.forEach((key, detail) -> System.out.printf("  disagrees %s: %s%n", key, detail));

        assertThat(feeds).as("test feeds found").hasSizeGreaterThan(500);
        assertThat(exceptions).as("feeds that threw").isEmpty();
        assertThat(unexpectedRejections).as("feeds gofeed parses that were rejected").isEmpty();
        assertThat(disagreements).as("fields that disagree with gofeed").isEmpty();
        assertThat(knownSeen.keySet()).as("listed differences that still differ")
                .containsExactlyInAnyOrderElementsOf(KNOWN_DIFFERENCES.keySet());
    }

    private static Map<String, String> byCase(Map<String, List<String>> byReason) {
        Map<String, String> byCase = new TreeMap<>();
        byReason.forEach((reason, cases) -> cases.forEach(key -> byCase.put(key, reason)));
        return byCase;
    }

    /** Every XML file, and every JSON file that is a feed rather than an expected result. */
    static List<Path> testFeeds(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> {
                        String name = path.getFileName().toString();
                        if (name.endsWith(".xml")) {
                            return true;
                        }
                        String dir = root.relativize(path.getParent()).toString().replace('\\', '/');
                        return name.endsWith(".json") && !name.endsWith("_expected.json")
                                && (dir.startsWith("parser/json") || dir.equals("parser/universal")
                                || dir.equals("translator/json"));
                    })
                    .sorted()
                    .toList();
        }
    }

    /** gofeed's expected output: "case.json" beside "case.xml", "case_expected.json" beside "case.json". */
    static Path expectedFor(Path feed) {
        String name = feed.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        Path expected = feed.resolveSibling(name.endsWith(".xml") ? stem + ".json" : stem + "_expected.json");
        return Files.isRegularFile(expected) ? expected : null;
    }

    /** Field name to a description of the disagreement, or to null where the field agrees. */
    static Map<String, String> compare(Feed feed, GofeedExpectation expected) {
        Map<String, String> fields = new TreeMap<>();
        fields.put("feed.title", text(feed.title(), expected.title()));
        fields.put("feed.link", link(feed.link(), expected.link()));
        fields.put("feed.date", date(feed.updated(), expected.date()));
        int count = expected.items().size();
        fields.put("items.count", feed.entries().size() == count ? null
                : "gofeed " + count + ", parallax " + feed.entries().size());
        for (int i = 0; i < Math.min(count, feed.entries().size()); i++) {
            FeedEntry entry = feed.entries().get(i);
            GofeedExpectation.Item item = expected.items().get(i);
            fields.put("item" + i + ".title", text(entry.title(), item.title()));
            fields.put("item" + i + ".link", link(entry.link(), item.link()));
            if (item.published() != GofeedExpectation.UNKNOWN) {
                // gofeed's own rule for its unified model: an Atom entry without a publication date
                // was published when it was updated; RSS and JSON Feed items keep what they say.
                boolean atom = feed.format() == FeedFormat.ATOM_10 || feed.format() == FeedFormat.ATOM_03;
                fields.put("item" + i + ".published", date(atom ? entry.publishedOrUpdated() : entry.published(),
                        item.published()));
            }
            if (item.updated() != GofeedExpectation.UNKNOWN) {
                fields.put("item" + i + ".updated", date(entry.updated(), item.updated()));
            }
        }
        return fields;
    }

    private static String text(String actual, String expected) {
        String a = textOf(actual);
        String e = textOf(expected);
        return a.equals(e) ? null : "gofeed \"" + expected + "\", parallax \"" + actual + "\"";
    }

    /** Markup stripped and entities decoded until the text no longer changes. */
    private static String textOf(String value) {
        String current = value == null ? "" : value;
        for (int i = 0; i < 4; i++) {
            String next = Jsoup.parseBodyFragment(current).text().strip();
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static String link(String actual, Object expected) {
        String e = expected == null ? null : resolve(expected.toString());
        return Objects.equals(actual, e) ? null : "gofeed " + expected + " (" + e + "), parallax " + actual;
    }

    private static String resolve(String link) {
        try {
            return URI.create(FEED_URL).resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
    }

    private static String date(Instant actual, Object expected) {
        return Objects.equals(actual, expected) ? null : "gofeed " + expected + ", parallax " + actual;
    }
}
