package org.parallax.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

import org.parallax.search.SearchIndex;
import org.parallax.search.SearchPage;
import org.parallax.web.edition.EditionSource;
import org.parallax.web.http.ApiErrors;
import org.parallax.web.http.JsonResponder;
import org.parallax.web.http.SearchParams;

/** {@code GET /api/search?q=...}: stories matching the query, best first, 20 a page. */
public record ApiSearchHandler(EditionSource editions, SearchIndex index, JsonResponder json) implements Handler {
    /** The JSON shape; {@code snippet} is HTML-escaped text with the matched words in {@code <mark>}. */
    record Results(List<Result> results, int page, Integer nextPage, long total) {
    }

    record Result(long storyId, String url, String title, String snippet, String topic, Instant lastSeen, int outlets,
                  float score) {
    }

    @Override
    public void handle(Context ctx) {
        var query = SearchParams.read(ctx);
        if (query.text().isBlank()) {
            ApiErrors.send(ctx, HttpStatus.BAD_REQUEST, "q is required: the words to search for");
            return;
        }
        var edition = editions.current();
        editions.indexCurrent();
        SearchPage page = index.search(query);
        json.send(ctx, new Results(page.hits().stream().map(h -> new Result(h.storyId(), "/api/stories/" + h.storyId(),
                h.title(), h.snippet(), h.topic().name().toLowerCase(Locale.ROOT), h.lastSeen(), h.outlets(), h.score()))
                .toList(), page.page(), page.hasNext() ? page.page() + 1 : null, page.total()), edition.changedAt());
    }
}
