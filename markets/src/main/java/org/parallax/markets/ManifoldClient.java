package org.parallax.markets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;

/** Manifold ({@code GET /v0/search-markets}, {@code GET /v0/market/{id}}); no key needed for reads. */
final class ManifoldClient implements ForecastProvider {

    private static final int PAGE = 100;
    private static final String SEARCH = "/v0/search-markets?filter=open&contractType=BINARY";

    private final ProviderContext context;
    private final JsonFetcher fetcher;

    ManifoldClient(ProviderContext context) {
        this.context = context;
        this.fetcher = context.fetcher(Map.of());
    }

    @Override
    public MarketSource source() {
        return MarketSource.MANIFOLD;
    }

    @Override
    public Listing openQuestions() {
        return PagedListing.read(fetcher, context.settings().maxQuestions(), PAGE,
                offset -> context.uri(SEARCH + "&sort=most-popular&limit=" + PAGE + "&offset=" + offset),
                PagedListing.arrayPages(PAGE), market -> ManifoldMarkets.question(market, context.clock().instant()));
    }

    @Override
    public FetchResult<Optional<MarketQuestion>> question(String externalId) {
        if (!ProviderContext.isPlainId(externalId)) {
            return FetchResult.failed(FetchError.Kind.BAD_RESPONSE, "not a Manifold market id: " + externalId);
        }
        return fetcher.get(context.uri("/v0/market/" + externalId))
                .map(market -> ManifoldMarkets.question(market, context.clock().instant()));
    }

    @Override
    public FetchResult<List<MarketQuestion>> search(String text, int max) {
        return fetcher.get(context.uri(SEARCH + "&term=" + ProviderContext.encode(text) + "&limit=" + Math.min(max, PAGE)))
                .map(markets -> {
                    List<MarketQuestion> out = new ArrayList<>();
                    markets.forEach(m -> ManifoldMarkets.question(m, context.clock().instant()).ifPresent(out::add));
                    return out;
                });
    }
}
