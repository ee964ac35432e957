package org.parallax.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The measurement behind the XML parser decision (docs/DEPENDENCIES.md), not a test: Parallax's
 * reader (StAX with a lenient fallback, then its format readers), the same format readers over
 * jsoup's XML parser, and Rome 2.1 (its own XML reading and model, mapped to Parallax's) parse
 * gofeed's XML test feeds; for each, feeds per second of CPU time (in memory, one thread, after a
 * warm-up, best of the rounds) and agreement with gofeed's expected output on the fields the conformance test
 * compares; and feeds per second over more sets of feeds named in list files (no agreement: they
 * have no expected output). Usage:
 * {@code XmlParserComparison GOFEED_TESTDATA WARMUP_S MEASURE_S ROUNDS [NAME=LIST_FILE...]}.
 */
public final class XmlParserComparison {
    private static final FeedParser OURS = new FeedParser(FeedLimits.defaults());

    private XmlParserComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        double warmup = Double.parseDouble(args[1]);
        double measure = Double.parseDouble(args[2]);
        int rounds = Integer.parseInt(args[3]);
        List<Path> files = GofeedConformanceTest.testFeeds(root).stream()
                .filter(f -> f.getFileName().toString().endsWith(".xml")).toList();
        List<byte[]> bodies = new ArrayList<>();
        for (Path file : files) {
            bodies.add(Files.readAllBytes(file));
        }
        Map<String, Function<byte[], Feed>> parsers = new java.util.LinkedHashMap<>();
        parsers.put("parallax (StAX + lenient)", XmlParserComparison::ours);
        parsers.put("jsoup XML parser", XmlParserComparison::jsoup);
        parsers.put("rome 2.1", XmlParserComparison::rome);
        for (Map.Entry<String, Function<byte[], Feed>> parser : parsers.entrySet()) {
            int[] agreement = agreement(root, files, parser.getValue());
            double best = 0;
            for (int round = 0; round < rounds; round++) {
                run(bodies, parser.getValue(), warmup);
                best = Math.max(best, run(bodies, parser.getValue(), measure));
            }
            System.out.printf(Locale.ROOT, "set=gofeed-testdata parser=\"%s\" feeds=%d parsed=%d agreed=%d compared=%d "
                            + "agreement=%.2f%% feeds_per_s=%.1f%n", parser.getKey(), files.size(), agreement[2],
                    agreement[0], agreement[1], 100.0 * agreement[0] / agreement[1], best);
        }
        for (int a = 4; a < args.length; a++) {
            String name = args[a].substring(0, args[a].indexOf('='));
            List<byte[]> set = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(args[a].substring(args[a].indexOf('=') + 1)))) {
                if (!line.isBlank()) {
                    set.add(Files.readAllBytes(Path.of(line.strip())));
                }
            }
            for (Map.Entry<String, Function<byte[], Feed>> parser : parsers.entrySet()) {
                double best = 0;
                int parsed = 0;
                for (byte[] body : set) {
                    parsed += parser.getValue().apply(body) != null ? 1 : 0;
                }
                for (int round = 0; round < rounds; round++) {
                    run(set, parser.getValue(), warmup);
                    best = Math.max(best, run(set, parser.getValue(), measure));
                }
                System.out.printf(Locale.ROOT, "set=%s parser=\"%s\" feeds=%d parsed=%d feeds_per_s=%.1f%n", name,
                        parser.getKey(), set.size(), parsed, best);
            }
        }
    }

    /**
     * Feeds per second of this thread's CPU time over the bodies, for about {@code seconds} of it: other
     * work on a shared machine then disturbs the figures little.
     */
    private static double run(List<byte[]> bodies, Function<byte[], Feed> parser, double seconds) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        long deadline = start + (long) (seconds * 1e9);
        long feeds = 0;
        do {
            for (byte[] body : bodies) {
                parser.apply(body);
                feeds++;
            }
        } while (cpu.getCurrentThreadCpuTime() < deadline);
        return feeds / ((cpu.getCurrentThreadCpuTime() - start) / 1e9);
    }

    /** {agreed fields, compared fields, feeds parsed}; a feed a parser cannot read disagrees on every field. */
    private static int[] agreement(Path root, List<Path> files, Function<byte[], Feed> parser) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int agreed = 0;
        int compared = 0;
        int parsed = 0;
        for (Path file : files) {
            Feed feed = parser.apply(Files.readAllBytes(file));
            parsed += feed != null ? 1 : 0;
            Path expectedFile = GofeedConformanceTest.expectedFor(file);
            if (expectedFile == null) {
                continue;
            }
            String name = root.relativize(file).toString().replace('\\', '/');
            GofeedExpectation expected = GofeedExpectation.of(GofeedExpectation.shapeOf(name),
                    json.readTree(expectedFile.toFile()));
            Map<String, String> fields = GofeedConformanceTest.compare(
                    feed != null ? feed : new Feed(FeedFormat.RSS_20, "", null, null, null, null, List.of(), null),
                    expected);
            for (String disagreement : fields.values()) {
                compared++;
                agreed += disagreement == null ? 1 : 0;
            }
        }
        return new int[] {agreed, compared, parsed};
    }

    private static Feed ours(byte[] body) {
        return OURS.parse(body, null, GofeedConformanceTest.FEED_URL) instanceof FeedResult.Parsed(Feed feed) ? feed : null;
    }

    /** The same decoding, repair and format readers, with jsoup's XML parser building the tree. */
    private static Feed jsoup(byte[] body) {
        String text = FeedCharset.decode(body, null).text();
        int start = text.indexOf('<');
        if (start < 0) {
            return null;
        }
        String xml = XmlCleaner.clean(text, start);
        TreeBuilder builder = new TreeBuilder(GofeedConformanceTest.FEED_URL, FeedLimits.defaults().maxDepth());
        for (Node node : Jsoup.parse(xml, "", Parser.xmlParser()).childNodes()) {
            copy(node, builder);
        }
        return OURS.read(builder.root()) instanceof FeedResult.Parsed(Feed feed) ? feed : null;
    }

    private static void copy(Node node, TreeBuilder builder) {
        if (node instanceof Element element) {
            List<Attribute> attributes = element.attributes().asList();
            String[] pairs = new String[attributes.size() * 2];
            for (int i = 0; i < attributes.size(); i++) {
                pairs[2 * i] = attributes.get(i).getKey();
                pairs[2 * i + 1] = attributes.get(i).getValue();
            }
            builder.start(element.tagName(), pairs, attributes.size());
            for (Node child : element.childNodes()) {
                copy(child, builder);
            }
            builder.end(element.tagName());
        } else if (node instanceof CDataNode cdata) {
            builder.text(cdata.getWholeText());
        } else if (node instanceof TextNode text) {
            builder.text(text.getWholeText());
        }
    }

    /** Rome's reading, mapped to Parallax's model on the fields compared. */
    private static Feed rome(byte[] body) {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (Exception e) {
            return null;
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String title = entry.getTitle() == null ? "" : HtmlText.plainIfMarkup(entry.getTitle());
            entries.add(new FeedEntry(entry.getUri(), title, link(entry.getLink()), instant(entry.getPublishedDate()),
                    instant(entry.getUpdatedDate()), entry.getAuthor(), List.of(), null, null));
        }
        FeedFormat format = Objects.toString(feed.getFeedType(), "").startsWith("atom") ? FeedFormat.ATOM_10
                : FeedFormat.RSS_20;
        return new Feed(format, feed.getTitle() == null ? "" : HtmlText.plainIfMarkup(feed.getTitle()),
                link(feed.getLink()), feed.getLanguage(), instant(feed.getPublishedDate()), null, entries, null);
    }

    private static String link(String link) {
        return FeedUrls.link(GofeedConformanceTest.FEED_URL, link);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
