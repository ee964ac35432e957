package org.parallax.web.api;

import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

import org.parallax.web.http.ApiErrors;
import org.parallax.web.http.HtmlResponder;
import org.parallax.web.http.JsonResponder;
import org.parallax.web.view.StoryPages;

/**
 * {@code GET /api/stories/{id}}: one story's brief, coverage and sources. A story merged into
 * another redirects permanently (301) to the surviving story's address.
 */
public final class ApiStoryHandler implements Handler {
    private final StoryPages pages;
    private final JsonResponder json;

    public ApiStoryHandler(StoryPages pages, JsonResponder json) {
        this.pages = pages;
        this.json = json;
    }

    @Override
    public void handle(Context ctx) {
        Optional<Long> target = HtmlResponder.id(ctx).stream().boxed().findFirst().flatMap(pages::mergedInto);
        if (target.isPresent()) {
            ctx.redirect("/api/stories/" + target.get(), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        HtmlResponder.id(ctx).stream().mapToObj(pages::story).flatMap(Optional::stream).findFirst()
                .ifPresentOrElse(page -> json.send(ctx, StoryJson.of(page), page.brief().composedAt()),
                        () -> ApiErrors.send(ctx, HttpStatus.NOT_FOUND, "no such story"));
    }
}
