package org.parallax.web.api;

import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

import org.parallax.core.publish.StoryStatus;
import org.parallax.web.http.ApiErrors;
import org.parallax.web.http.Conditional;
import org.parallax.web.http.HtmlResponder;
import org.parallax.web.http.JsonResponder;
import org.parallax.web.http.SearchParams;
import org.parallax.web.view.StoryPages;

/**
 * {@code GET /api/stories?page=N}: published stories, newest first, 30 a page;
 * {@code ?status=developing} lists the developing ones instead. Any other status is a 400.
 * Filters (published stories of the current edition): {@code topic}, {@code side} (an outlet on that
 * side covered it), {@code outlet} (that outlet covered it), {@code since} (seen since that date or instant).
 * Each list is written once per edition: it changes when the pipeline publishes, as the pages do.
 */
public record ApiStoriesHandler(StoryPages pages, JsonResponder json) implements Handler {

    @Override
    public void handle(Context ctx) {
        String raw = ctx.queryParam("status");
        Optional<StoryStatus> status = raw == null ? Optional.of(StoryStatus.PUBLISHED) : StoryStatus.ofWord(raw);
        if (status.isEmpty()) {
            ApiErrors.send(ctx, HttpStatus.BAD_REQUEST,
                    "unknown status; use status=published (the default) or status=developing");
            return;
        }
        int page = HtmlResponder.page(ctx);
        var topic = SearchParams.topic(ctx.queryParam("topic"));
        var side = SearchParams.side(ctx.queryParam("side"));
        var outlet = SearchParams.outlet(ctx.queryParam("outlet"));
        var since = SearchParams.time("since", ctx.queryParam("since"));
        boolean filtered = topic != null || side != null || outlet != null || since != null;
        if (filtered && status.get() != StoryStatus.PUBLISHED) {
            ApiErrors.send(ctx, HttpStatus.BAD_REQUEST, "topic, side, outlet and since filter published stories only");
            return;
        }
        String key = "/api/stories?status=" + status.get().word() + "&page=" + page + "&topic=" + topic + "&side=" + side
                + "&outlet=" + outlet + "&since=" + since;
        Conditional.send(ctx, pages.editions().current().cached(key, k -> json.render(StoryListJson.of(filtered
                ? pages.filtered(topic, side, outlet, since, page) : pages.list(status.get(), page)), null)));
    }
}
