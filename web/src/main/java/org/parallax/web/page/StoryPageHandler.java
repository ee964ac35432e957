package org.parallax.web.page;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

import org.parallax.web.http.HtmlResponder;
import org.parallax.web.view.StoryPage;
import org.parallax.web.view.StoryPages;
import org.parallax.web.view.StoryPages.StoryLookup;

/**
 * {@code GET /stories/{id}}: the brief of one story. The address of a story merged into another
 * redirects permanently (301) to the surviving story, so links to it keep working.
 */
public record StoryPageHandler(StoryPages pages, HtmlResponder html) implements Handler {

    @Override
    public void handle(Context ctx) {
        switch (pages.lookup(HtmlResponder.id(ctx), ReaderRequest.settings(ctx))) {
            case StoryLookup.MergedInto(long story) -> ctx.redirect("/stories/" + story, HttpStatus.MOVED_PERMANENTLY);
            case StoryLookup.Found(StoryPage page) -> html.page(ctx, "story.jte", page, page.brief().composedAt());
            case StoryLookup.Missing() -> html.notFound(ctx, "There is no published story with this number.");
        }
    }
}
