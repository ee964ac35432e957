package org.parallax.web.page;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

import org.parallax.web.http.HtmlResponder;
import org.parallax.web.view.StoryPages;

/**
 * {@code GET /stories/{id}}: the brief of one story. The address of a story merged into another
 * redirects permanently (301) to the surviving story, so links to it keep working.
 */
public final class StoryPageHandler implements Handler {
    private final StoryPages pages;
    private final HtmlResponder html;

    public StoryPageHandler(StoryPages pages, HtmlResponder html) {
        this.pages = pages;
        this.html = html;
    }

    @Override
    public void handle(Context ctx) {
        java.util.Optional<Long> target = HtmlResponder.id(ctx).stream().boxed().findFirst().flatMap(pages::mergedInto);
        if (target.isPresent()) {
            ctx.redirect("/stories/" + target.get(), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        var settings = ReaderRequest.settings(ctx);
        HtmlResponder.id(ctx).stream().mapToObj(id -> pages.story(id, settings)).flatMap(java.util.Optional::stream).findFirst()
                .ifPresentOrElse(page -> html.page(ctx, "story.jte", page, page.brief().composedAt()),
                        () -> html.notFound(ctx, "There is no published story with this number."));
    }
}
