package org.parallax.web.view;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.parallax.core.model.Brief;

import org.parallax.core.model.Story;
import org.parallax.web.edition.ArticleSignal;
import org.parallax.web.edition.EditionSource;
import org.parallax.web.edition.Ranking;
import org.parallax.web.edition.ReaderSettings;
import org.parallax.core.model.Outlet;
import org.parallax.core.publish.StoryStatus;
import org.parallax.store.Database;
import org.parallax.store.StoryRepository.StorySummary;

/** Assembles page models from the repositories; shared by the HTML pages and the JSON API. */
public final class StoryPages {
    static final int PAGE_SIZE = 30;
    static final int OUTLET_ARTICLES = 50;
    static final int OUTLET_PAGE_SIZE = 50;

    private final Database db;
    private final EditionSource editions;

    public StoryPages(Database db, EditionSource editions) {
        this.db = db;
        this.editions = editions;
    }

    public EditionSource editions() {
        return editions;
    }

    /** A page of published stories: what the front page lists. */
    public FrontPage front(int page) {
        return list(StoryStatus.PUBLISHED, page);
    }

    /**
     * A page of the published stories of the current edition (its latest {@link EditionSource#STORIES})
     * that match every given filter, newest first: the topic, an outlet on the side, the outlet, seen
     * since the instant (each null for no filter).
     */
    public FrontPage filtered(org.parallax.core.model.Topic topic, org.parallax.core.model.Side side, Long outlet,
                              java.time.Instant since, int page) {
        List<StorySummary> rows = editions.current().stories().stream()
                .filter(s -> topic == null || s.topic() == topic)
                .filter(s -> side == null || s.articles().stream().anyMatch(a -> a.side() == side))
                .filter(s -> outlet == null || s.articles().stream().anyMatch(a -> a.outletId() == outlet))
                .filter(s -> since == null || !s.lastSeen().isBefore(since))
                .skip((long) (page - 1) * PAGE_SIZE)
                .limit(PAGE_SIZE + 1)
                .map(s -> new StorySummary(s.id(), s.title(), s.topic(), s.lastSeen(), s.outletCount(), s.articles().size()))
                .toList();
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new FrontPage(hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, hasNext);
    }

    /** A page of the stories with the given status, newest first. */
    public FrontPage list(StoryStatus status, int page) {
        List<StorySummary> rows = db.stories().latest(status, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new FrontPage(hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, hasNext);
    }

    /**
     * The story with its brief and status, published or developing (a developing story's page shows
     * its articles and a note, not the brief). Empty when there is no such story or it has no brief yet.
     */
    public Optional<StoryPage> story(long id) {
        return story(id, ReaderSettings.DEFAULT);
    }

    /** The story with its sources in the order the reader's sliders favour. */
    public Optional<StoryPage> story(long id, ReaderSettings settings) {
        return editions.current().story(id).or(() -> editions.loadStory(id)).map(s -> {
            List<SourceLink> sources = Ranking.articles(s.articles(), settings).stream().map(StoryPages::link).toList();
            return new StoryPage(new Story(s.id(), s.topic(), s.firstSeen(), s.lastSeen()), s.brief(),
                    db.stories().status(id).orElse(StoryStatus.DEVELOPING), sources,
                    s.leftRight(), s.establishment(), credited(s.brief(), sources));
        });
    }

    /** Every outlet the brief credits (facts, narratives) or lists (sources), by id. */
    private Map<Long, Outlet> credited(Brief brief, List<SourceLink> sources) {
        Set<Long> ids = new HashSet<>();
        sources.forEach(s -> ids.add(s.outletId()));
        brief.facts().forEach(fact -> fact.sources().forEach(s -> ids.add(s.outletId())));
        brief.narratives().forEach(n -> ids.add(n.source().outletId()));
        Map<Long, Outlet> outlets = new HashMap<>();
        for (long outletId : ids) {
            db.outlets().find(outletId).ifPresent(o -> outlets.put(outletId, o));
        }
        return outlets;
    }

    private static SourceLink link(ArticleSignal a) {
        return new SourceLink(a.articleId(), a.outletId(), a.outletName(), a.side(), a.title(), a.url(), a.kind());
    }

    /**
     * Where the address of a story leads: the story that it was merged into (the address redirects
     * there), its page, or nowhere (no such number, no brief yet, or not a number at all).
     */
    public sealed interface StoryLookup {
        record MergedInto(long story) implements StoryLookup {
        }

        record Found(StoryPage page) implements StoryLookup {
        }

        record Missing() implements StoryLookup {
        }
    }

    /**
     * @param id       the story number from the address, empty when it is not one
     * @param settings the reader's sliders, which order the sources
     */
    public StoryLookup lookup(OptionalLong id, ReaderSettings settings) {
        if (id.isEmpty()) {
            return new StoryLookup.Missing();
        }
        Optional<Long> merged = db.stories().mergedInto(id.getAsLong());
        if (merged.isPresent()) {
            return new StoryLookup.MergedInto(merged.get());
        }
        return story(id.getAsLong(), settings).<StoryLookup>map(StoryLookup.Found::new)
                .orElseGet(StoryLookup.Missing::new);
    }

    public Optional<OutletPage> outlet(long id) {
        return db.outlets().find(id)
                .map(outlet -> new OutletPage(outlet, db.articles().ofOutlet(id, OUTLET_ARTICLES)));
    }

    public List<Outlet> outlets() {
        return db.outlets().all();
    }

    /** The {@code /outlets} index: every outlet the query selects, in its order. */
    public OutletIndex outletIndex(OutletQuery query) {
        List<Outlet> all = db.outlets().all();
        List<String> countries = all.stream().map(Outlet::country).filter(Objects::nonNull)
                .distinct().sorted().toList();
        return new OutletIndex(query, query.apply(all), countries, all.size());
    }

    /** One page ({@value #OUTLET_PAGE_SIZE} outlets) of the outlets the query selects, 1-based. */
    public OutletList outletList(OutletQuery query, int page) {
        List<Outlet> selected = query.apply(db.outlets().all());
        int from = Math.min(selected.size(), (page - 1) * OUTLET_PAGE_SIZE);
        int to = Math.min(selected.size(), from + OUTLET_PAGE_SIZE);
        return new OutletList(selected.subList(from, to), page, to < selected.size());
    }

    public Optional<Outlet> outletOnly(long id) {
        return db.outlets().find(id);
    }
}
