package org.parallax.web.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parallax.web.http.HtmlResponder;
import org.parallax.web.http.JsonResponder;
import org.parallax.web.view.StoryPages;

/** {@code GET /api/stories?page=N}: published stories, newest first, 30 a page. */
public final class ApiStoriesHandler implements Handler {
    private final StoryPages pages;
    private final JsonResponder json;

    public ApiStoriesHandler(StoryPages pages, JsonResponder json) {
        this.pages = pages;
        this.json = json;
    }

    @Override
    public void handle(Context ctx) {
        json.send(ctx, StoryListJson.of(pages.front(HtmlResponder.page(ctx))), null);
    }
}
