package org.parallax.web.edition;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.parallax.core.model.Article;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.Rating;
import org.parallax.core.model.Side;
import org.parallax.core.text.LoadedWords;
import org.parallax.search.SearchIndex;
import org.parallax.store.Database;
import org.parallax.store.StoryRepository.StorySummary;

/**
 * Keeps the current {@link Edition}. At most once a second a reader's request asks the database
 * whether published stories or outlet ratings changed (a one-row query); if they did, that request
 * builds the next edition while the others go on reading the current one. So the pipeline, in this
 * process or another, is seen within a second, and pages cost no query in between.
 */
public final class EditionSource {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EditionSource.class);
    /** Latest published stories kept in an edition: the front page, topics, feeds and the split screen read these. */
    public static final int STORIES = 500;
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private record TextSignals(int words, double loadedPer100) {
    }

    private final Database db;
    private final InstantSource clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Long, TextSignals> textSignals = new ConcurrentHashMap<>();
    private volatile Edition edition;
    private volatile String stamp;
    private volatile Instant checkedAt = Instant.EPOCH;

    private final SearchIndex index;
    private final Object indexing = new Object();
    private volatile String indexedStamp;

    /** @param index the search index kept in step with the editions */
    public EditionSource(Database db, InstantSource clock, SearchIndex index) {
        this.db = db;
        this.clock = clock;
        this.index = index;
    }

    /**
     * Brings the search index up to the current edition (new and recomposed stories indexed,
     * unpublished ones removed). Pages never wait for it: a new edition starts it in the background;
     * a search waits for it so that it finds what the pages show.
     */
    public void indexCurrent() {
        String current = stamp;
        if (current == null || current.equals(indexedStamp)) {
            return;
        }
        synchronized (indexing) {
            if (!current.equals(indexedStamp)) {
                var report = index.sync(db);
                if (report.indexed() > 0 || report.removed() > 0) {
                    LOG.info("search index: {} stories indexed, {} removed, {} in all", report.indexed(),
                            report.removed(), report.stories());
                }
                indexedStamp = current;
            }
        }
    }

    public Instant now() {
        return clock.instant();
    }

    public Edition current() {
        Instant now = clock.instant();
        Edition current = edition;
        if (current != null && now.isBefore(checkedAt.plus(CHECK_EVERY))) {
            return current;
        }
        if (current == null) {
            lock.lock();
        } else if (!lock.tryLock()) {
            return current;
        }
        try {
            if (edition != null && now.isBefore(checkedAt.plus(CHECK_EVERY))) {
                return edition;
            }
            String latest = stamp();
            if (edition == null || !latest.equals(stamp)) {
                edition = load();
                stamp = latest;
                Thread.ofVirtual().name("search-index").start(this::indexInBackground);
            }
            checkedAt = now;
            return edition;
        } finally {
            lock.unlock();
        }
    }

    private void indexInBackground() {
        try {
            indexCurrent();
        } catch (RuntimeException e) {
            LOG.warn("search index update failed (the next edition retries): {}", e.toString());
        }
    }

    /** Forgets the current edition: the next request builds a new one (the pipeline calls this after a batch). */
    public void invalidate() {
        checkedAt = Instant.EPOCH;
        stamp = null;
    }

    private String stamp() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT (SELECT COUNT(*) FROM brief) AS briefs,
                               (SELECT COALESCE(SUM(composed_from_version), 0) FROM brief) AS versions,
                               (SELECT COUNT(*) FROM outlet) AS outlets,
                               (SELECT COALESCE(SUM(stance_score), 0) + 3 * COALESCE(SUM(establishment_score), 0)
                                FROM outlet) AS ratings""")
                .map((rs, ctx) -> rs.getLong("briefs") + "/" + rs.getLong("versions") + "/" + rs.getLong("outlets")
                        + "/" + rs.getDouble("ratings"))
                .one());
    }

    private Edition load() {
        List<Outlet> outlets = db.outlets().all();
        Map<Long, Outlet> byId = new java.util.HashMap<>();
        outlets.forEach(o -> byId.put(o.id(), o));
        List<EditionStory> stories = new ArrayList<>();
        for (StorySummary summary : db.stories().latest(STORIES, 0)) {
            var story = db.stories().find(summary.id());
            var brief = db.briefs().find(summary.id());
            if (story.isEmpty() || brief.isEmpty()) {
                continue;
            }
            List<ArticleSignal> articles = db.articles().ofStory(summary.id()).stream()
                    .filter(a -> byId.containsKey(a.outletId()))
                    .map(a -> signal(a, byId.get(a.outletId())))
                    .toList();
            stories.add(new EditionStory(summary.id(), summary.topic(), story.get().firstSeen(), summary.lastSeen(),
                    brief.get(), articles));
        }
        java.util.Set<Long> kept = new java.util.HashSet<>();
        stories.forEach(s -> s.articles().forEach(a -> kept.add(a.articleId())));
        textSignals.keySet().retainAll(kept);
        return Edition.of(stories, outlets);
    }

    /** A published story that is not in the edition (older than its stories), read from the database. */
    public java.util.Optional<EditionStory> loadStory(long id) {
        var story = db.stories().find(id);
        var brief = db.briefs().find(id);
        if (story.isEmpty() || brief.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<ArticleSignal> articles = db.articles().ofStoryWithOutlets(id).stream()
                .map(sourced -> signal(sourced.article(), sourced.outlet()))
                .toList();
        var s = story.get();
        return java.util.Optional.of(new EditionStory(id, s.topic(), s.firstSeen(), s.lastSeen(), brief.get(), articles));
    }

    private ArticleSignal signal(Article a, Outlet o) {
        TextSignals text = textSignals.computeIfAbsent(a.id(), id -> measure(a.text()));
        return new ArticleSignal(a.id(), o.id(), o.name(), score(o.stance()), score(o.establishment()),
                Side.ofStance(o.stance()), a.kind(), a.title(), a.url(), a.time(), text.words(), text.loadedPer100());
    }

    private static Double score(Rating rating) {
        return rating == null ? null : rating.score();
    }

    private static TextSignals measure(String text) {
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        int loaded = LoadedWords.count(text);
        return new TextSignals(words, words == 0 ? 0 : 100.0 * loaded / words);
    }
}
