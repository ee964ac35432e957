package org.parallax.web.api;

import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

import org.parallax.web.http.ApiErrors;
import org.parallax.web.http.HtmlResponder;
import org.parallax.web.view.StoryPages;

/** {@code GET /api/outlets/{id}}: one outlet with its ratings, provenance and labels. */
public final class ApiOutletHandler implements Handler {
    private final StoryPages pages;

    public ApiOutletHandler(StoryPages pages) {
        this.pages = pages;
    }

    @Override
    public void handle(Context ctx) {
        HtmlResponder.id(ctx).stream().mapToObj(pages::outletOnly).flatMap(Optional::stream).findFirst()
                .ifPresentOrElse(outlet -> ctx.json(OutletJson.of(outlet)),
                        () -> ApiErrors.send(ctx, HttpStatus.NOT_FOUND, "no such outlet"));
    }
}
