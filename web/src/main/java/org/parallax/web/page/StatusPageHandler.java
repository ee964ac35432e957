package org.parallax.web.page;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parallax.store.Database;
import org.parallax.web.http.HtmlResponder;
import org.parallax.web.view.StatusPage;

/** {@code GET /status}: every feed's health (last success, errors, last error, next poll). */
public record StatusPageHandler(Database db, HtmlResponder html) implements Handler {

    @Override
    public void handle(Context ctx) {
        html.page(ctx, "status.jte", new StatusPage(db.feeds().health(), db.articles().count()));
    }
}
