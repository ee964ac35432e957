package org.parallax.web.page;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parallax.web.http.HtmlResponder;
import org.parallax.web.view.OutletQuery;
import org.parallax.web.view.StoryPages;

/** {@code GET /outlets?side=&country=&ownership=&sort=}: every outlet, filtered and sorted by a plain form. */
public final class OutletIndexHandler implements Handler {
    private final StoryPages pages;
    private final HtmlResponder html;

    public OutletIndexHandler(StoryPages pages, HtmlResponder html) {
        this.pages = pages;
        this.html = html;
    }

    /** The filter and order the request asks for; values not understood do not filter. */
    public static OutletQuery query(Context ctx) {
        return OutletQuery.parse(limited(ctx.queryParam("side")), limited(ctx.queryParam("country")),
                limited(ctx.queryParam("ownership")), limited(ctx.queryParam("sort")));
    }

    private static String limited(String value) {
        return value == null || value.isBlank() || value.length() > 32 ? null : value;
    }

    @Override
    public void handle(Context ctx) {
        html.page(ctx, "outlets.jte", pages.outletIndex(query(ctx)));
    }
}
