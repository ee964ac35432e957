package org.parallax.feeds;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A parsed feed, whatever its format.
 *
 * @param title    plain text; empty when the feed has none
 * @param link     the site's address (absolute http or https), or null
 * @param language a BCP 47 tag ("en-US"), or null
 * @param updated  when the feed says it last changed (RSS lastBuildDate, dc:date or pubDate; Atom
 *                 updated), or null; JSON Feed has no such field
 * @param ttl      how long the publisher asks readers to wait between polls (RSS ttl, or the
 *                 syndication module's updatePeriod / updateFrequency), or null
 * @param entries  in document order, at most {@link FeedLimits#maxItems()}
 * @param encoding the charset the body was read in and how it was chosen, e.g. "windows-1251 (HTTP
 *                 header)" or "utf-8 (detected: valid UTF-8; the XML declaration's charset 'x-foo' is
 *                 not known)"; null for a feed not read from bytes
 */
public record Feed(FeedFormat format, String title, String link, String language, Instant updated, Duration ttl,
                   List<FeedEntry> entries, String encoding) {
    public Feed {
        Objects.requireNonNull(format, "format");
        title = title == null ? "" : title;
        entries = List.copyOf(entries);
    }

    Feed withEncoding(String value) {
        return new Feed(format, title, link, language, updated, ttl, entries, value);
    }
}
