package org.parallax.web.edition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parallax.core.model.Outlet;
import org.parallax.web.http.Representation;

/**
 * One immutable snapshot of what the reader's pages show: the latest published stories (newest
 * first) with their articles' signals, and every outlet. A new edition is built when the pipeline
 * changes stories, which also drops the rendered responses cached with it.
 *
 * @param changedAt the latest brief composition, the pages' {@code Last-Modified}
 */
public record Edition(List<EditionStory> stories, List<Outlet> outlets, Instant changedAt,
                      Map<String, Representation> responses) {
    /** Cached responses per edition, at most this many (a bound against unbounded query strings). */
    static final int MAX_CACHED = 4_000;
    /** When the clock is further than this past the newest story, ages count from the newest story. */
    static final Duration ARCHIVE_AFTER = Duration.ofDays(2);

    public Edition {
        stories = List.copyOf(stories);
        outlets = List.copyOf(outlets);
    }

    public static Edition of(List<EditionStory> stories, List<Outlet> outlets) {
        Instant changed = stories.stream().map(s -> s.brief().composedAt()).max(Instant::compareTo).orElse(Instant.EPOCH);
        return new Edition(stories, outlets, changed, new ConcurrentHashMap<>());
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

    /** A response rendered once per edition and key (a path with its canonical query). */
    public Representation cached(String key, Function<String, Representation> render) {
        Representation hit = responses.get(key);
        if (hit != null) {
            return hit;
        }
        Representation made = render.apply(key);
        if (responses.size() < MAX_CACHED) {
            responses.put(key, made);
        }
        return made;
    }
}
