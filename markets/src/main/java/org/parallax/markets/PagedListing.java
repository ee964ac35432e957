package org.parallax.markets;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.markets.ForecastProvider.Listing;

/**
 * Reads an offset-paged list of markets until {@code max} questions are read, a page says it is
 * the last, or a request fails; what was read before a failure is kept.
 */
final class PagedListing {

    /** One page of a listing: its market items and whether more pages follow, or why it is unreadable. */
    record Page(JsonNode items, boolean last, String problem) {
        static Page of(JsonNode items, boolean last) {
            return new Page(items, last, null);
        }

        static Page unreadable(String problem) {
            return new Page(null, true, problem);
        }
    }

    private PagedListing() {
    }

    /**
     * @param pageAt   the address of the page starting at an offset
     * @param pageOf   reads a response body as a page
     * @param question the question of one market item, empty for a market Parallax cannot use
     */
    static Listing read(JsonFetcher fetcher, int max, int pageSize, IntFunction<URI> pageAt,
                        Function<JsonNode, Page> pageOf, Function<JsonNode, Optional<MarketQuestion>> question) {
        List<MarketQuestion> out = new ArrayList<>();
        int skipped = 0;
        for (int offset = 0; out.size() < max; offset += pageSize) {
            FetchResult<JsonNode> response = fetcher.get(pageAt.apply(offset));
            if (response instanceof FetchResult.Failed<JsonNode> failed) {
                return new Listing(out, skipped, failed.error());
            }
            Page page = pageOf.apply(((FetchResult.Fetched<JsonNode>) response).value());
            if (page.problem() != null) {
                return new Listing(out, skipped, FetchError.of(FetchError.Kind.BAD_RESPONSE, page.problem()));
            }
            for (JsonNode item : page.items()) {
                Optional<MarketQuestion> q = question.apply(item);
                if (q.isPresent() && out.size() < max) {
                    out.add(q.get());
                } else if (q.isEmpty()) {
                    skipped++;
                }
            }
            if (page.last()) {
                break;
            }
        }
        return new Listing(out, skipped, null);
    }

    /** A page that is a plain JSON array of markets; a short page is the last. */
    static Function<JsonNode, Page> arrayPages(int pageSize) {
        return body -> body.isArray() ? Page.of(body, body.size() < pageSize)
                : Page.unreadable("expected an array of markets");
    }
}
