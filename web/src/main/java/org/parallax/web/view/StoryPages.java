package org.parallax.web.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parallax.core.model.Article;
import org.parallax.core.model.Outlet;
import org.parallax.store.Database;
import org.parallax.store.StoryRepository.StorySummary;
import org.parallax.web.view.FrontPage;
import org.parallax.web.view.OutletPage;
import org.parallax.web.view.SourceLink;
import org.parallax.web.view.StoryPage;

/** Assembles page models from the repositories; shared by the HTML pages and the JSON API. */
public final class StoryPages {
    static final int PAGE_SIZE = 30;
    static final int OUTLET_ARTICLES = 50;

    private final Database db;

    public StoryPages(Database db) {
        this.db = db;
    }

    public FrontPage front(int page) {
        List<StorySummary> rows = db.stories().latest(PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new FrontPage(hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, hasNext);
    }

    /** Empty when there is no such story or it has no brief yet. */
    public Optional<StoryPage> story(long id) {
        return db.stories().find(id).flatMap(story -> db.briefs().find(id)
                .map(brief -> new StoryPage(story, brief, sources(id))));
    }

    /** The story that story {@code id} was merged into, when it was: its address redirects there. */
    public Optional<Long> mergedInto(long id) {
        return db.stories().mergedInto(id);
    }

    public Optional<OutletPage> outlet(long id) {
        return db.outlets().find(id)
                .map(outlet -> new OutletPage(outlet, db.articles().ofOutlet(id, OUTLET_ARTICLES)));
    }

    public List<Outlet> outlets() {
        return db.outlets().all();
    }

    private List<SourceLink> sources(long storyId) {
        Map<Long, Optional<Outlet>> outlets = new HashMap<>();
        return db.articles().ofStory(storyId).stream()
                .map(article -> link(article, outlets.computeIfAbsent(article.outletId(), db.outlets()::find)))
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<SourceLink> link(Article article, Optional<Outlet> outlet) {
        return outlet.map(o -> new SourceLink(article.id(), o.id(), o.name(), o.side(), article.title(),
                article.url(), article.kind()));
    }
}
