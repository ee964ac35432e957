package org.parallax.web.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parallax.web.view.StoryPages;

/** {@code GET /api/outlets}: every outlet with its ratings and their provenance. */
public final class ApiOutletsHandler implements Handler {
    private final StoryPages pages;

    public ApiOutletsHandler(StoryPages pages) {
        this.pages = pages;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(pages.outlets().stream().map(OutletJson::of).toList());
    }
}
