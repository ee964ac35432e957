package org.parallax.markets;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;

/**
 * Polymarket Gamma markets as questions. {@code outcomes} and {@code outcomePrices} are JSON arrays
 * encoded as strings and aligned one to one; a market is kept only when its outcomes are exactly
 * Yes and No, and its probability is the price of Yes. Markets of a multi-outcome event are each
 * such a Yes/No market ("Will X win?"), so they are kept one by one. The id is the
 * {@code conditionId}, which imported question banks use too.
 */
final class PolymarketMarkets {

    static final String MARKET_PAGE = "https://polymarket.com/market/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PolymarketMarkets() {
    }

    static Optional<MarketQuestion> question(JsonNode market, Instant readAt) {
        String id = JsonFields.text(market, "conditionId") != null
                ? JsonFields.text(market, "conditionId") : JsonFields.text(market, "id");
        String question = JsonFields.text(market, "question");
        String slug = JsonFields.text(market, "slug");
        List<String> outcomes = stringArray(market.get("outcomes"));
        List<String> prices = stringArray(market.get("outcomePrices"));
        if (id == null || question == null || slug == null || !slug.matches("[A-Za-z0-9._~-]+")
                || outcomes.size() != 2 || prices.size() != 2) {
            return Optional.empty();
        }
        int yes = outcomes.getFirst().equalsIgnoreCase("yes") && outcomes.getLast().equalsIgnoreCase("no") ? 0
                : outcomes.getFirst().equalsIgnoreCase("no") && outcomes.getLast().equalsIgnoreCase("yes") ? 1 : -1;
        if (yes < 0) {
            return Optional.empty();
        }
        Optional<Double> probability;
        try {
            probability = JsonFields.probability(Double.parseDouble(prices.get(yes)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (probability.isEmpty()) {
            return Optional.empty();
        }
        Instant closes = JsonFields.isoTime(market, "endDate");
        if (JsonFields.flag(market, "closed") && (closes == null || closes.isAfter(readAt))) {
            closes = readAt;
        }
        return Optional.of(new MarketQuestion(MarketSource.POLYMARKET, id, question,
                MarketText.plain(JsonFields.text(market, "description")), MARKET_PAGE + slug, probability.get(), readAt,
                JsonFields.isoTime(market, "startDate"), closes, false, null, false));
    }

    /** A JSON array of strings, or a string holding one; empty when neither. */
    static List<String> stringArray(JsonNode node) {
        JsonNode array = node;
        if (node != null && node.isTextual()) {
            try {
                array = MAPPER.readTree(node.textValue());
            } catch (IOException e) {
                return List.of();
            }
        }
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isValueNode()) {
                return List.of();
            }
            out.add(item.asText().strip());
        }
        return out;
    }
}
