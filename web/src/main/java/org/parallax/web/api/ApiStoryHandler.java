package org.parallax.web.api;

import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

import org.parallax.web.HtmlResponder;
import org.parallax.web.StoryPages;

/** {@code GET /api/stories/{id}}: one story's brief, coverage and sources. */
public final class ApiStoryHandler implements Handler {
    private final StoryPages pages;

    public ApiStoryHandler(StoryPages pages) {
        this.pages = pages;
    }

    @Override
    public void handle(Context ctx) {
        HtmlResponder.id(ctx).stream().mapToObj(pages::story).flatMap(Optional::stream).findFirst()
                .ifPresentOrElse(page -> ctx.json(StoryJson.of(page)),
                        () -> ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "no such story")));
    }
}
