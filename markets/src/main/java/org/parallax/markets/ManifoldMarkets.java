package org.parallax.markets;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;

/**
 * Manifold markets (LiteMarket from {@code /v0/search-markets}, FullMarket from {@code /v0/market/{id}})
 * as questions. Only {@code BINARY} markets carry one {@code probability}; multiple-choice markets ask
 * "which of these", not a yes/no question, and are skipped. A market is play money unless its
 * {@code token} is {@code CASH}.
 */
final class ManifoldMarkets {

    private ManifoldMarkets() {
    }

    static Optional<MarketQuestion> question(JsonNode market, Instant readAt) {
        String id = JsonFields.text(market, "id");
        String question = JsonFields.text(market, "question");
        String url = JsonFields.text(market, "url");
        OptionalDouble probability = JsonFields.number(market, "probability");
        if (id == null || question == null || url == null || !url.startsWith("https://")
                || !"BINARY".equals(JsonFields.text(market, "outcomeType")) || probability.isEmpty()
                || JsonFields.probability(probability.getAsDouble()).isEmpty()) {
            return Optional.empty();
        }
        boolean resolved = JsonFields.flag(market, "isResolved");
        String description = JsonFields.text(market, "textDescription");
        return Optional.of(new MarketQuestion(MarketSource.MANIFOLD, id, question, MarketText.plain(description), url,
                probability.getAsDouble(), readAt, JsonFields.epochMillis(market, "createdTime"),
                JsonFields.epochMillis(market, "closeTime"), resolved,
                resolved ? JsonFields.epochMillis(market, "resolutionTime") : null,
                !"CASH".equals(JsonFields.text(market, "token"))));
    }
}
