package org.parallax.markets;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Map;

import org.parallax.fetch.Fetcher;

/**
 * What every provider client is built from: the one fetch layer, its settings, whether it may reach
 * private addresses, the clock.
 */
record ProviderContext(Fetcher http, ProviderSettings settings, boolean allowPrivate, InstantSource clock) {

    /** A JSON fetcher with this provider's limits; {@code extraHeaders} e.g. authorisation. */
    JsonFetcher fetcher(Map<String, String> extraHeaders) {
        return new JsonFetcher(http, settings, allowPrivate, clock, extraHeaders);
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
