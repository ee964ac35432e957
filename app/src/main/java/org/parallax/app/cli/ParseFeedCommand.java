package org.parallax.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parallax.feeds.Feed;
import org.parallax.feeds.FeedEntry;
import org.parallax.feeds.FeedLimits;
import org.parallax.feeds.FeedParser;
import org.parallax.feeds.FeedResult;
import org.parallax.fetch.FetchOutcome;
import org.parallax.fetch.FetchRequest;
import org.parallax.fetch.Fetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax parse-feed FILE|URL}: the feed as Parallax reads it, as one JSON object on
 * standard output, for an operator to see why a feed misbehaves. Read-only: it changes nothing.
 */
@Command(name = "parse-feed", mixinStandardHelpOptions = true, description = {
        "Print a feed as Parallax reads it: one JSON object on standard output.",
        "Shape: {\"title\", \"link\", \"format\", \"encoding\", \"entries\": [{\"id\", \"link\", \"title\", \"author\",",
        "\"published\", \"updated\", \"summary\"}]}; times in ISO 8601 UTC, null where the feed gives no usable value.",
        "A URL is fetched as polling fetches feeds (http(s), public addresses unless PARALLAX_FETCH_ALLOW_PRIVATE=on).",
        "Exit status: 0 parsed, 1 unreadable or not a feed, 2 usage."})
public final class ParseFeedCommand extends ConfiguredCommand {
    // Non-ASCII characters escaped: the output reads the same whatever the console's encoding.
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE|URL", description = "A feed file, or an http(s) URL to fetch it from.")
    String source;

    /** The bytes of a feed and what to read them with. */
    private record Body(byte[] bytes, String contentType, String url) {
    }

    @Override
    public Integer call() throws JsonProcessingException {
        Body body = source.regionMatches(true, 0, "http://", 0, 7) || source.regionMatches(true, 0, "https://", 0, 8)
                ? fetch(source) : read(Path.of(source));
        FeedResult result = new FeedParser(FeedLimits.defaults()).parse(body.bytes(), body.contentType(), body.url());
        if (result instanceof FeedResult.Rejected(String reason)) {
            throw new IllegalStateException(source + " is not a readable feed: " + reason);
        }
        Feed feed = ((FeedResult.Parsed) result).feed();
        PrintWriter out = spec.commandLine().getOut();
        out.println(JSON.writeValueAsString(json(feed)));
        out.flush();
        return 0;
    }

    private Body fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid URL: " + url);
        }
        try (Fetcher fetcher = Fetcher.standard(config().live().fetch(), InstantSource.system())) {
            return switch (fetcher.fetch(FetchRequest.feed(uri, null, null, FeedLimits.defaults().maxBytes()))) {
                case FetchOutcome.Fetched fetched -> new Body(fetched.body(), fetched.contentType(),
                        fetched.finalUrl().toString());
                case FetchOutcome.NotModified notModified -> throw new IllegalStateException(url + ": not modified");
                case FetchOutcome.Refused refused -> throw new IllegalStateException("refused to fetch " + url + ": "
                        + refused.reason());
                case FetchOutcome.Failed failed -> throw new IllegalStateException("cannot fetch " + url + ": "
                        + failed.reason());
            };
        }
    }

    private static Body read(Path file) {
        try {
            if (Files.size(file) > FeedLimits.defaults().maxBytes()) {
                throw new IllegalStateException(file + " is larger than a feed may be ("
                        + FeedLimits.defaults().maxBytes() + " bytes)");
            }
            return new Body(Files.readAllBytes(file), null, file.toAbsolutePath().toUri().toString());
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("no such file: " + file + " (give a feed file or an http(s) URL)");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static ObjectNode json(Feed feed) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", blankToNull(feed.title()));
        root.put("link", feed.link());
        root.put("format", feed.format().name().toLowerCase(Locale.ROOT));
        root.put("encoding", feed.encoding());
        ArrayNode entries = root.putArray("entries");
        for (FeedEntry entry : feed.entries()) {
            ObjectNode item = entries.addObject();
            item.put("id", entry.id());
            item.put("link", entry.link());
            item.put("title", blankToNull(entry.title()));
            item.put("author", blankToNull(entry.author()));
            item.put("published", time(entry.published()));
            item.put("updated", time(entry.updated()));
            item.put("summary", blankToNull(entry.summary()));
        }
        return root;
    }

    /** ISO 8601 in UTC to the second, as "2004-01-01T19:48:21Z". */
    private static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
