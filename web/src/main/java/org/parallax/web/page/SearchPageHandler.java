package org.parallax.web.page;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parallax.search.SearchIndex;
import org.parallax.web.edition.EditionSource;
import org.parallax.web.http.HtmlResponder;
import org.parallax.web.http.SearchParams;
import org.parallax.web.view.SearchResults;

/** {@code GET /search?q=...}: full-text search over stories and their articles, with filters. */
public record SearchPageHandler(EditionSource editions, SearchIndex index, HtmlResponder html) implements Handler {

    @Override
    public void handle(Context ctx) {
        var query = SearchParams.read(ctx);
        var edition = editions.current();
        editions.indexCurrent(); // a search finds what the pages show
        html.page(ctx, "search.jte", new SearchResults(query, index.search(query)), edition.changedAt());
    }
}
