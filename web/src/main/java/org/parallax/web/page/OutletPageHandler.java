package org.parallax.web.page;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parallax.web.http.HtmlResponder;
import org.parallax.web.view.StoryPages;

/** {@code GET /outlets/{id}}: an outlet, its ratings with their provenance, its latest articles. */
public record OutletPageHandler(StoryPages pages, HtmlResponder html) implements Handler {

    @Override
    public void handle(Context ctx) {
        HtmlResponder.id(ctx).stream().mapToObj(pages::outlet).flatMap(java.util.Optional::stream).findFirst()
                .ifPresentOrElse(page -> html.page(ctx, "outlet.jte", page),
                        () -> html.notFound(ctx, "There is no outlet with this number."));
    }
}
