package org.parallax.markets;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;

/** What every provider client is built from: its settings, the shared HTTP client, the clock. */
record ProviderContext(HttpClient http, ProviderSettings settings, AddressPolicy addresses, InstantSource clock,
                       RateLimiter.Sleeper sleeper, String userAgent) {

    /** A fetcher with this provider's own rate limiter; {@code extraHeaders} e.g. authorisation. */
    JsonFetcher fetcher(Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("User-Agent", userAgent);
        return new JsonFetcher(http, settings, addresses, new RateLimiter(settings.minInterval(), clock, sleeper),
                clock, headers);
    }

    /** The API root joined with a path and query, e.g. {@code "/v0/markets?limit=5"}. */
    URI uri(String pathAndQuery) {
        String base = settings.baseUrl().toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + pathAndQuery);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Provider ids go into URL paths: only plain ones are accepted. */
    static boolean isPlainId(String id) {
        return id != null && id.matches("[A-Za-z0-9._-]{1,128}");
    }
}
