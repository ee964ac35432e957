package org.parallax.web.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parallax.web.http.HtmlResponder;
import org.parallax.web.page.OutletIndexHandler;
import org.parallax.web.view.StoryPages;

/**
 * {@code GET /api/outlets?page=N}: outlets with their ratings, provenance and labels, 50 a page,
 * ordered and filtered by the same parameters as {@code /outlets} ({@code side}, {@code country},
 * {@code ownership}, {@code sort}).
 */
public record ApiOutletsHandler(StoryPages pages) implements Handler {

    @Override
    public void handle(Context ctx) {
        ctx.json(OutletListJson.of(pages.outletList(OutletIndexHandler.query(ctx), HtmlResponder.page(ctx))));
    }
}
