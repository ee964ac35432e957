package org.parallax.web.page;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parallax.core.model.Topic;
import org.parallax.web.edition.Edition;
import org.parallax.web.edition.EditionSource;
import org.parallax.web.edition.EditionStory;
import org.parallax.web.edition.Ranking;
import org.parallax.web.edition.ReaderSettings;
import org.parallax.web.http.Conditional;
import org.parallax.web.http.HtmlResponder;
import org.parallax.web.view.ReaderFront;

/**
 * {@code GET /} and {@code GET /topics/{slug}}: the lead story and the day's stories, ranked and
 * filtered by the reader's sliders, 30 a page. Rendered once per edition, sliders and page.
 */
public record FrontPageHandler(EditionSource editions, HtmlResponder html, boolean topicPage) implements Handler {
    static final int PAGE_SIZE = 30;

    public static FrontPageHandler front(EditionSource editions, HtmlResponder html) {
        return new FrontPageHandler(editions, html, false);
    }

    public static FrontPageHandler topic(EditionSource editions, HtmlResponder html) {
        return new FrontPageHandler(editions, html, true);
    }

    @Override
    public void handle(Context ctx) {
        Topic topic = null;
        if (topicPage) {
            var found = ReaderSettings.topic(ctx.pathParam("slug"));
            if (found.isEmpty()) {
                html.notFound(ctx, "There is no such topic.");
                return;
            }
            topic = found.get();
        }
        ReaderSettings settings = ReaderRequest.settings(ctx);
        int page = HtmlResponder.page(ctx);
        Edition edition = editions.current();
        Topic only = topic;
        String action = ctx.path();
        String minute = edition.reference(editions.now()).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        Conditional.send(ctx, edition.cached(action + "?" + settings.query() + "&page=" + page + "@" + minute,
                key -> html.render("front.jte", model(edition, settings, only, action, page), edition.changedAt())));
    }

    private ReaderFront model(Edition edition, ReaderSettings settings, Topic topic, String action, int page) {
        ReaderSettings ranked = topic == null ? settings
                : new ReaderSettings(settings.lr(), settings.est(), settings.nuance(), settings.depth(),
                        settings.recency(), java.util.Set.of(topic));
        var reference = edition.reference(editions.now());
        List<EditionStory> all = Ranking.stories(edition.stories(), ranked, reference);
        int from = Math.min(all.size(), (page - 1) * PAGE_SIZE);
        int to = Math.min(all.size(), page * PAGE_SIZE);
        List<EditionStory> slice = all.subList(from, to);
        EditionStory lead = page == 1 && !slice.isEmpty() ? slice.getFirst() : null;
        List<EditionStory> rest = lead == null ? slice : slice.subList(1, slice.size());
        return new ReaderFront(topic, lead, rest, settings, action, edition.newest(), reference, page,
                to < all.size(), all.size());
    }
}
