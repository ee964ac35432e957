package org.parallax.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One GET request, with what sets it apart from the fetcher's defaults.
 *
 * @param accept       the Accept header
 * @param etag         sent as If-None-Match when not null
 * @param lastModified sent as If-Modified-Since when not null
 * @param maxBytes     the largest body wanted (at most the fetcher's own limit); 0 for the fetcher's limit
 * @param headers      more headers (an API token, say); they are dropped when a redirect leaves the origin
 * @param hostDelay    the pause between requests to this host, when longer than the fetcher's; or null
 * @param timeout      the deadline of the whole request, when other than the fetcher's; or null
 * @param addresses    which addresses this request may reach, when other than the fetcher's; or null
 */
public record FetchRequest(URI url, String accept, String etag, String lastModified, int maxBytes,
                           Map<String, String> headers, Duration hostDelay, Duration timeout, AddressPolicy addresses) {
    public static final String FEED_TYPES = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
    public static final String HTML_TYPES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
    public static final String JSON_TYPES = "application/json";

    public FetchRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(accept, "accept");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static FetchRequest feed(URI url, String etag, String lastModified, int maxBytes) {
        return new FetchRequest(url, FEED_TYPES, etag, lastModified, maxBytes, null, null, null, null);
    }

    public static FetchRequest page(URI url) {
        return new FetchRequest(url, HTML_TYPES, null, null, 0, null, null, null, null);
    }

    /** A JSON document from an API. */
    public static FetchRequest json(URI url) {
        return new FetchRequest(url, JSON_TYPES, null, null, 0, null, null, null, null);
    }

    /** A plain-text file such as robots.txt, up to {@code maxBytes}. */
    public static FetchRequest text(URI url, int maxBytes) {
        return new FetchRequest(url, "text/plain, */*;q=0.5", null, null, maxBytes, null, null, null, null);
    }

    public FetchRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new FetchRequest(url, accept, etag, lastModified, maxBytes, more, hostDelay, timeout, addresses);
    }

    public FetchRequest withMaxBytes(int bytes) {
        return new FetchRequest(url, accept, etag, lastModified, bytes, headers, hostDelay, timeout, addresses);
    }

    public FetchRequest withHostDelay(Duration delay) {
        return new FetchRequest(url, accept, etag, lastModified, maxBytes, headers, delay, timeout, addresses);
    }

    public FetchRequest withTimeout(Duration deadline) {
        return new FetchRequest(url, accept, etag, lastModified, maxBytes, headers, hostDelay, deadline, addresses);
    }

    public FetchRequest withAddresses(AddressPolicy policy) {
        return new FetchRequest(url, accept, etag, lastModified, maxBytes, headers, hostDelay, timeout, policy);
    }
}
