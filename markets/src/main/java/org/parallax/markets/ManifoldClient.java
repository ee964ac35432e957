package org.parallax.markets;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;

/** Manifold ({@code GET /v0/search-markets}, {@code GET /v0/market/{id}}); no key needed for reads. */
final class ManifoldClient extends ProviderClient {

    private static final int PAGE = 100;
    private static final String SEARCH = "/v0/search-markets?filter=open&contractType=BINARY";

    ManifoldClient(ProviderContext context) {
        super(MarketSource.MANIFOLD, ManifoldMarkets::question, context, Map.of());
    }

    @Override
    public Listing openQuestions() {
        return pages(PAGE, offset -> context.uri(SEARCH + "&sort=most-popular&limit=" + PAGE + "&offset=" + offset),
                PagedListing.arrayPages(PAGE));
    }

    @Override
    public FetchResult<Optional<MarketQuestion>> question(String externalId) {
        return question(externalId, ProviderContext.isPlainId(externalId), "Manifold market id",
                "/v0/market/" + externalId, this::read);
    }

    @Override
    public FetchResult<List<MarketQuestion>> search(String text, int max) {
        return search(SEARCH + "&term=" + ProviderContext.encode(text) + "&limit=" + Math.min(max, PAGE), max,
                markets -> markets);
    }
}
