package org.parallax.web.view;

import java.util.List;
import java.util.Optional;

import org.parallax.core.model.Story;
import org.parallax.web.edition.ArticleSignal;
import org.parallax.web.edition.EditionSource;
import org.parallax.web.edition.Ranking;
import org.parallax.web.edition.ReaderSettings;
import org.parallax.core.model.Outlet;
import org.parallax.core.publish.StoryStatus;
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
        return editions.current().story(id).or(() -> editions.loadStory(id)).map(s -> new StoryPage(
                new Story(s.id(), s.topic(), s.firstSeen(), s.lastSeen()), s.brief(),
                db.stories().status(id).orElse(StoryStatus.DEVELOPING),
                Ranking.articles(s.articles(), settings).stream().map(StoryPages::link).toList(),
                s.leftRight(), s.establishment()));
    }

    private static SourceLink link(ArticleSignal a) {
        return new SourceLink(a.articleId(), a.outletId(), a.outletName(), a.side(), a.title(), a.url(), a.kind());
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
}
