package org.parallax.web.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parallax.web.http.HtmlResponder;
import org.parallax.web.view.StoryPages;

/** {@code GET /api/stories?page=N}: published stories, newest first, 30 a page. */
public final class ApiStoriesHandler implements Handler {
    private final StoryPages pages;

    public ApiStoriesHandler(StoryPages pages) {
        this.pages = pages;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(StoryListJson.of(pages.front(HtmlResponder.page(ctx))));
    }
}
