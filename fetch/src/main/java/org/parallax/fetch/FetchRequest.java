package org.parallax.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * One GET request.
 *
 * @param accept       the Accept header
 * @param etag         sent as If-None-Match when not null
 * @param lastModified sent as If-Modified-Since when not null
 * @param maxBytes     the largest body wanted (at most the fetcher's own limit); 0 for the fetcher's limit
 */
public record FetchRequest(URI url, String accept, String etag, String lastModified, int maxBytes) {
    public static final String FEED_TYPES = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
    public static final String HTML_TYPES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    public FetchRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(accept, "accept");
    }

    public static FetchRequest feed(URI url, String etag, String lastModified, int maxBytes) {
        return new FetchRequest(url, FEED_TYPES, etag, lastModified, maxBytes);
    }

    public static FetchRequest page(URI url) {
        return new FetchRequest(url, HTML_TYPES, null, null, 0);
    }
}
