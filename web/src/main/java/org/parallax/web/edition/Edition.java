package org.parallax.web.edition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.parallax.core.model.Outlet;
import org.parallax.web.http.Representation;

/**
 * One immutable snapshot of what the reader's pages show: the latest published stories (newest
 * first) with their articles' signals, and every outlet. A new edition is built when the pipeline
 * changes stories, which also drops the rendered responses cached with it.
 *
 * @param changedAt the latest brief composition, the pages' {@code Last-Modified}
 * @param responses responses rendered from this edition, by path and canonical query
 */
public record Edition(List<EditionStory> stories, List<Outlet> outlets, Instant changedAt,
                      Cache<String, Representation> responses) {
    /**
     * Bytes of rendered responses kept per edition, least recently used dropped first: a bound
     * against unbounded query strings that keeps the cache a small part of the heap.
     */
    static final long MAX_CACHED_BYTES = 48L * 1024 * 1024;
    /** When the clock is further than this past the newest story, ages count from the newest story. */
    static final Duration ARCHIVE_AFTER = Duration.ofDays(2);

    public Edition {
        stories = List.copyOf(stories);
        outlets = List.copyOf(outlets);
    }

    public static Edition of(List<EditionStory> stories, List<Outlet> outlets) {
        Instant changed = stories.stream().map(s -> s.brief().composedAt()).max(Instant::compareTo).orElse(Instant.EPOCH);
        Cache<String, Representation> responses = Caffeine.newBuilder()
                .maximumWeight(MAX_CACHED_BYTES)
                .weigher((String key, Representation rep) -> 2 * key.length() + rep.body().length + 200)
                .build();
        return new Edition(stories, outlets, changed, responses);
    }

    public Optional<EditionStory> story(long id) {
        return stories.stream().filter(s -> s.id() == id).findFirst();
    }

    public Map<Long, Outlet> outletsById() {
        return outlets.stream().collect(Collectors.toMap(Outlet::id, o -> o));
    }

    /** The time of its newest story: the edition's date. */
    public Instant newest() {
        return stories.stream().map(EditionStory::lastSeen).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    /** What ages are measured from: now, or the newest story when the news is older than two days (an archive). */
    public Instant reference(Instant now) {
        Instant newest = newest();
        return now.isAfter(newest.plus(ARCHIVE_AFTER)) ? newest : now;
    }

    /**
     * A response rendered once per edition and key (a path with its canonical query); concurrent
     * requests for a key not yet rendered wait for one rendering.
     */
    public Representation cached(String key, Function<String, Representation> render) {
        return responses.get(key, render);
    }
}
