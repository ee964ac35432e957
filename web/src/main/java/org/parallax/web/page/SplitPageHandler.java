package org.parallax.web.page;

import java.util.List;
import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parallax.web.edition.ArticleSignal;
import org.parallax.web.edition.Camp;
import org.parallax.web.edition.Camp.Axis;
import org.parallax.web.edition.Edition;
import org.parallax.web.edition.EditionSource;
import org.parallax.web.edition.EditionStory;
import org.parallax.web.edition.Ranking;
import org.parallax.web.edition.ReaderSettings;
import org.parallax.web.http.BadParameter;
import org.parallax.web.http.Conditional;
import org.parallax.web.http.HtmlResponder;
import org.parallax.web.view.SplitPage;
import org.parallax.web.view.SplitPage.Column;
import org.parallax.web.view.SplitPage.Item;

/**
 * {@code GET /split} and {@code GET /stories/{id}/split}: {@code ?axis=lr} (left vs right, the
 * default) or {@code ?axis=est} (critical vs pro-establishment), {@code &swap=1} to exchange the columns.
 */
public record SplitPageHandler(EditionSource editions, HtmlResponder html, boolean storySplit) implements Handler {
    static final int STORIES_PER_SIDE = 15;

    public static SplitPageHandler edition(EditionSource editions, HtmlResponder html) {
        return new SplitPageHandler(editions, html, false);
    }

    public static SplitPageHandler story(EditionSource editions, HtmlResponder html) {
        return new SplitPageHandler(editions, html, true);
    }

    @Override
    public void handle(Context ctx) {
        String axisKey = ctx.queryParam("axis");
        if (axisKey != null && !axisKey.equals("lr") && !axisKey.equals("est")) {
            throw new BadParameter("axis must be lr (left vs right) or est (critical vs pro-establishment)");
        }
        Axis axis = Axis.ofKey(axisKey);
        boolean swap = "1".equals(ctx.queryParam("swap")) || "true".equals(ctx.queryParam("swap"));
        ReaderSettings settings = ReaderRequest.settings(ctx);
        Edition edition = editions.current();
        if (storySplit) {
            Optional<EditionStory> story = HtmlResponder.id(ctx).stream().boxed().findFirst()
                    .flatMap(id -> edition.story(id).or(() -> editions.loadStory(id)));
            if (story.isEmpty()) {
                html.notFound(ctx, "There is no published story with this number.");
                return;
            }
            html.page(ctx, "split.jte", storySplit(story.get(), axis, swap, settings, ctx.path()), edition.changedAt());
            return;
        }
        String path = ctx.path();
        Conditional.send(ctx, edition.cached(path + "?" + axis.key() + swap + "&" + settings.query(),
                key -> html.render("split.jte", editionSplit(edition, axis, swap, settings, path), edition.changedAt())));
    }

    private SplitPage editionSplit(Edition edition, Axis axis, boolean swap, ReaderSettings settings, String path) {
        var reference = edition.reference(editions.now());
        Column negative = editionColumn(edition, axis, Camp.NEGATIVE, settings.leaning(axis, -3), reference);
        Column positive = editionColumn(edition, axis, Camp.POSITIVE, settings.leaning(axis, 3), reference);
        return new SplitPage(axis, swap, path, null, swap ? positive : negative, swap ? negative : positive, List.of());
    }

    private static Column editionColumn(Edition edition, Axis axis, Camp camp, ReaderSettings leaning,
                                        java.time.Instant reference) {
        List<Item> items = Ranking.stories(edition.stories(), leaning, reference).stream()
                .map(story -> new Item(story, Ranking.articles(story.articles(), leaning).stream()
                        .filter(a -> Camp.of(axis.score(a)) == camp).findFirst().orElse(null)))
                .filter(item -> item.article() != null)
                .limit(STORIES_PER_SIDE)
                .toList();
        return new Column(camp, camp.label(axis), items, List.of());
    }

    private static SplitPage storySplit(EditionStory story, Axis axis, boolean swap, ReaderSettings settings,
                                        String path) {
        List<ArticleSignal> ordered = Ranking.articles(story.articles(), settings);
        Column negative = storyColumn(story, ordered, axis, Camp.NEGATIVE);
        Column positive = storyColumn(story, ordered, axis, Camp.POSITIVE);
        List<ArticleSignal> others = ordered.stream()
                .filter(a -> Camp.of(axis.score(a)) == Camp.MIDDLE || Camp.of(axis.score(a)) == Camp.UNRATED).toList();
        return new SplitPage(axis, swap, path, story, swap ? positive : negative, swap ? negative : positive, others);
    }

    private static Column storyColumn(EditionStory story, List<ArticleSignal> ordered, Axis axis, Camp camp) {
        List<Item> items = ordered.stream().filter(a -> Camp.of(axis.score(a)) == camp)
                .map(a -> new Item(null, a)).toList();
        java.util.Set<Long> outlets = new java.util.HashSet<>();
        items.forEach(i -> outlets.add(i.article().outletId()));
        var narratives = story.brief().narratives().stream()
                .filter(n -> outlets.contains(n.source().outletId())).toList();
        return new Column(camp, camp.label(axis), items, narratives);
    }
}
