package org.parallax.web.page;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parallax.web.HtmlResponder;
import org.parallax.web.StoryPages;

/** {@code GET /stories/{id}}: the brief of one story. */
public final class StoryPageHandler implements Handler {
    private final StoryPages pages;
    private final HtmlResponder html;

    public StoryPageHandler(StoryPages pages, HtmlResponder html) {
        this.pages = pages;
        this.html = html;
    }

    @Override
    public void handle(Context ctx) {
        HtmlResponder.id(ctx).stream().mapToObj(pages::story).flatMap(java.util.Optional::stream).findFirst()
                .ifPresentOrElse(page -> html.page(ctx, "story.jte", page),
                        () -> html.notFound(ctx, "There is no published story with this number."));
    }
}
