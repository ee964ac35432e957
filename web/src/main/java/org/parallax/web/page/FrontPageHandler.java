package org.parallax.web.page;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parallax.web.http.HtmlResponder;
import org.parallax.web.view.StoryPages;

/** {@code GET /}: stories, newest first. */
public final class FrontPageHandler implements Handler {
    private final StoryPages pages;
    private final HtmlResponder html;

    public FrontPageHandler(StoryPages pages, HtmlResponder html) {
        this.pages = pages;
        this.html = html;
    }

    @Override
    public void handle(Context ctx) {
        html.page(ctx, "front.jte", pages.front(HtmlResponder.page(ctx)));
    }
}
