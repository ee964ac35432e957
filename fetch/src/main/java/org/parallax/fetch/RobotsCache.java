package org.parallax.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.parallax.fetch.FetchOutcome.Failed;
import org.parallax.fetch.FetchOutcome.Fetched;
import org.parallax.fetch.FetchOutcome.NotModified;
import org.parallax.fetch.FetchOutcome.Refused;

/**
 * robots.txt per origin (scheme, host and port), fetched through the {@link Fetcher} when first
 * needed, read by crawler-commons ({@link RobotsRules}), and kept for a while.
 * As RFC 9309 says: a missing file (4xx) allows everything; an unreachable one (5xx, network
 * failure) disallows everything until it is asked for again, sooner than a file that was read.
 * Thread-safe; each origin's file is fetched by one thread at a time.
 */
public final class RobotsCache {
    private record Cached(RobotsRules rules, Instant expires, String note) {
    }

    private final Fetcher fetcher;
    private final String productToken;
    private final InstantSource clock;
    private final Duration ttl;
    private final Duration unreachableTtl;
    private final Map<String, Cached> entries;
    private final ConcurrentMap<String, Object> loading = new ConcurrentHashMap<>();

    /**
     * @param ttl            how long a file that was read (or found missing) is kept
     * @param unreachableTtl how long an unreachable file keeps the origin closed
     * @param maxOrigins     origins kept; the least recently used are forgotten first
     */
    public RobotsCache(Fetcher fetcher, String productToken, InstantSource clock, Duration ttl, Duration unreachableTtl,
                       int maxOrigins) {
        this.fetcher = fetcher;
        this.productToken = productToken;
        this.clock = clock;
        this.ttl = ttl;
        this.unreachableTtl = unreachableTtl;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > maxOrigins;
            }
        };
    }

    /** A day for files, an hour for unreachable ones, 10,000 origins. */
    public static RobotsCache standard(Fetcher fetcher, InstantSource clock) {
        return new RobotsCache(fetcher, FetchSettings.PRODUCT_TOKEN, clock, Duration.ofHours(24), Duration.ofHours(1),
                10_000);
    }

    /** The Crawl-delay the origin's robots.txt asks for, if any (read with {@link #refusal}, from the cache). */
    public Optional<java.time.Duration> crawlDelay(URI url) {
        return current(originOf(url)).rules().crawlDelay();
    }

    private static String originOf(URI url) {
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + Fetcher.hostKey(url);
    }

    /** Why robots.txt forbids fetching this URL, or empty when it may be fetched. */
    public Optional<String> refusal(URI url) {
        String origin = originOf(url);
        Cached entry = current(origin);
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String pathAndQuery = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
        if (entry.rules().allows(pathAndQuery)) {
            return Optional.empty();
        }
        return Optional.of(entry.note() != null ? entry.note() : "robots.txt of " + url.getHost() + " disallows " + path);
    }

    private Cached current(String origin) {
        Cached entry = cached(origin);
        if (entry != null) {
            return entry;
        }
        synchronized (loading.computeIfAbsent(origin, key -> new Object())) {
            try {
                entry = cached(origin);
                if (entry == null) {
                    entry = load(origin);
                    synchronized (entries) {
                        entries.put(origin, entry);
                    }
                }
                return entry;
            } finally {
                loading.remove(origin);
            }
        }
    }

    private Cached cached(String origin) {
        synchronized (entries) {
            Cached entry = entries.get(origin);
            return entry != null && clock.instant().isBefore(entry.expires()) ? entry : null;
        }
    }

    private Cached load(String origin) {
        URI robots = URI.create(origin + "/robots.txt");
        FetchOutcome outcome = fetcher.fetch(FetchRequest.text(robots, RobotsRules.MAX_BYTES));
        Instant now = clock.instant();
        return switch (outcome) {
            case Fetched fetched -> new Cached(RobotsRules.parse(text(fetched.body()), productToken), now.plus(ttl), null);
            case NotModified notModified -> new Cached(RobotsRules.allowAll(), now.plus(ttl), null);
            case Failed failed when failed.status() >= 400 && failed.status() < 500 && failed.status() != 429 ->
                    new Cached(RobotsRules.allowAll(), now.plus(ttl), null);
            case Failed failed -> new Cached(RobotsRules.disallowAll(), now.plus(unreachableTtl),
                    "robots.txt unreachable (" + failed.reason() + "): nothing is fetched from this host for now");
            case Refused refused -> new Cached(RobotsRules.disallowAll(), now.plus(ttl),
                    "robots.txt refused (" + refused.reason() + ")");
        };
    }

    private static String text(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
