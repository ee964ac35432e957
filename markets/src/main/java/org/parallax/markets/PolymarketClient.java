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
final class PolymarketClient extends ProviderClient {

    private static final int PAGE = 100;

    PolymarketClient(ProviderContext context) {
        super(MarketSource.POLYMARKET, PolymarketMarkets::question, context, Map.of());
    }

    @Override
    public Listing openQuestions() {
        return pages(PAGE, offset -> context.uri("/markets?closed=false&active=true&order=volume24hr&ascending=false&limit="
                + PAGE + "&offset=" + offset), PagedListing.arrayPages(PAGE));
    }

    /** The answer is a list of markets: the one whose condition id is asked for. */
    @Override
    public FetchResult<Optional<MarketQuestion>> question(String externalId) {
        return question(externalId, ProviderContext.isPlainId(externalId), "Polymarket condition id",
                "/markets?condition_ids=" + externalId, markets -> {
                    for (JsonNode market : markets) {
                        Optional<MarketQuestion> q = read(market);
                        if (q.isPresent() && q.get().externalId().equals(externalId)) {
                            return q;
                        }
                    }
                    return Optional.empty();
                });
    }

    /** {@code /public-search} answers events, each with its markets. */
    @Override
    public FetchResult<List<MarketQuestion>> search(String text, int max) {
        return search("/public-search?q=" + ProviderContext.encode(text) + "&limit_per_type=" + max, max, body -> {
            List<JsonNode> markets = new ArrayList<>();
            body.path("events").forEach(event -> event.path("markets").forEach(markets::add));
            return markets;
        });
    }
}
