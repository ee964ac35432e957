package org.parallax.markets;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;

/**
 * A provider with a per-question memory: a question read within the last {@code ttl} (by itself, in
 * a listing or in a search) is answered from memory, so asking for it again costs no request.
 */
final class CachedProvider implements ForecastProvider {

    /** Past this many entries, expired ones are dropped; past twice this, everything is. */
    static final int MAX_ENTRIES = 20_000;

    private record Entry(MarketQuestion question, Instant readAt) {
    }

    private final ForecastProvider inner;
    private final Duration ttl;
    private final InstantSource clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    CachedProvider(ForecastProvider inner, Duration ttl, InstantSource clock) {
        this.inner = inner;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public MarketSource source() {
        return inner.source();
    }

    @Override
    public Listing openQuestions() {
        Listing listing = inner.openQuestions();
        listing.questions().forEach(this::remember);
        return listing;
    }

    @Override
    public FetchResult<Optional<MarketQuestion>> question(String externalId) {
        Entry entry = entries.get(externalId);
        if (entry != null && !clock.instant().isAfter(entry.readAt().plus(ttl))) {
            return FetchResult.of(Optional.of(entry.question()));
        }
        FetchResult<Optional<MarketQuestion>> result = inner.question(externalId);
        if (result instanceof FetchResult.Fetched<Optional<MarketQuestion>> ok) {
            ok.value().ifPresent(this::remember);
        }
        return result;
    }

    @Override
    public FetchResult<List<MarketQuestion>> search(String text, int max) {
        FetchResult<List<MarketQuestion>> result = inner.search(text, max);
        if (result instanceof FetchResult.Fetched<List<MarketQuestion>> ok) {
            ok.value().forEach(this::remember);
        }
        return result;
    }

    private void remember(MarketQuestion question) {
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> now.isAfter(e.readAt().plus(ttl)));
            if (entries.size() >= 2 * MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(question.externalId(), new Entry(question, now));
    }
}
