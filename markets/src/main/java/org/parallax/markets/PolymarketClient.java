package org.parallax.markets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;

/**
 * Polymarket's Gamma API ({@code GET /markets}, {@code GET /public-search}); no key needed. Questions
 * are identified by condition id, so one question is read with {@code /markets?condition_ids=...}.
 */
final class PolymarketClient implements ForecastProvider {

    private static final int PAGE = 100;

    private final ProviderContext context;
    private final JsonFetcher fetcher;

    PolymarketClient(ProviderContext context) {
        this.context = context;
        this.fetcher = context.fetcher(Map.of());
    }

    @Override
    public MarketSource source() {
        return MarketSource.POLYMARKET;
    }

    @Override
    public Listing openQuestions() {
        return PagedListing.read(fetcher, context.settings().maxQuestions(), PAGE,
                offset -> context.uri("/markets?closed=false&active=true&order=volume24hr&ascending=false&limit="
                        + PAGE + "&offset=" + offset),
                PagedListing.arrayPages(PAGE), market -> PolymarketMarkets.question(market, context.clock().instant()));
    }

    @Override
    public FetchResult<Optional<MarketQuestion>> question(String externalId) {
        if (!ProviderContext.isPlainId(externalId)) {
            return FetchResult.failed(FetchError.Kind.BAD_RESPONSE, "not a Polymarket condition id: " + externalId);
        }
        return fetcher.get(context.uri("/markets?condition_ids=" + externalId)).map(markets -> {
            for (JsonNode market : markets) {
                Optional<MarketQuestion> q = PolymarketMarkets.question(market, context.clock().instant());
                if (q.isPresent() && q.get().externalId().equals(externalId)) {
                    return q;
                }
            }
            return Optional.<MarketQuestion>empty();
        });
    }

    /** {@code /public-search} answers events, each with its markets. */
    @Override
    public FetchResult<List<MarketQuestion>> search(String text, int max) {
        return fetcher.get(context.uri("/public-search?q=" + ProviderContext.encode(text) + "&limit_per_type=" + max))
                .map(body -> {
                    List<MarketQuestion> out = new ArrayList<>();
                    for (JsonNode event : body.path("events")) {
                        for (JsonNode market : event.path("markets")) {
                            PolymarketMarkets.question(market, context.clock().instant())
                                    .filter(q -> q.closesAt() == null || q.closesAt().isAfter(context.clock().instant()))
                                    .filter(q -> out.size() < max)
                                    .ifPresent(out::add);
                        }
                    }
                    return out;
                });
    }
}
