package org.parallax.markets;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;

/**
 * Kalshi markets as questions. The probability is the last traded price in dollars
 * ({@code last_price_dollars}), else the midpoint of the best yes bid and ask; the cent fields are
 * read when the dollar twins are absent. Multivariate combination markets (parlays) and markets
 * whose title does not identify their outcome (several markets of one event sharing a title,
 * told apart only by a subtitle) are skipped: their title alone is not the question being priced.
 */
final class KalshiMarkets {

    static final String MARKET_PAGE = "https://kalshi.com/markets/";
    private static final Set<String> CLOSED = Set.of("closed", "determined", "disputed", "amended", "finalized", "settled");

    private KalshiMarkets() {
    }

    /** Titles used by more than one market of the same event, keyed by "event\u0000title". */
    static Set<String> ambiguousTitles(List<JsonNode> markets) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode m : markets) {
            counts.merge(titleKey(m), 1, Integer::sum);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static String titleKey(JsonNode market) {
        return JsonFields.text(market, "event_ticker") + "\u0000" + JsonFields.text(market, "title");
    }

    static Optional<MarketQuestion> question(JsonNode market, Instant readAt) {
        String ticker = JsonFields.text(market, "ticker");
        String event = JsonFields.text(market, "event_ticker");
        String title = JsonFields.text(market, "title");
        String type = JsonFields.text(market, "market_type");
        if (ticker == null || event == null || title == null || (type != null && !type.equals("binary"))
                || JsonFields.text(market, "mve_collection_ticker") != null || !event.matches("[A-Za-z0-9._-]+")) {
            return Optional.empty();
        }
        Optional<Double> probability = price(market).flatMap(JsonFields::probability);
        if (probability.isEmpty()) {
            return Optional.empty();
        }
        String status = String.valueOf(JsonFields.text(market, "status")).toLowerCase(Locale.ROOT);
        String result = JsonFields.text(market, "result");
        boolean resolved = result != null && (result.equalsIgnoreCase("yes") || result.equalsIgnoreCase("no"));
        Instant closes = JsonFields.isoTime(market, "close_time");
        if (CLOSED.contains(status) && (closes == null || closes.isAfter(readAt))) {
            closes = readAt;
        }
        return Optional.of(new MarketQuestion(MarketSource.KALSHI, ticker, title,
                MarketText.plain(JsonFields.text(market, "rules_primary")),
                MARKET_PAGE + event.toLowerCase(Locale.ROOT), probability.get(), readAt,
                JsonFields.isoTime(market, "open_time"), closes, resolved, null, false));
    }

    private static Optional<Double> price(JsonNode market) {
        OptionalDouble last = dollars(market, "last_price");
        if (last.isPresent() && last.getAsDouble() > 0) {
            return Optional.of(last.getAsDouble());
        }
        OptionalDouble bid = dollars(market, "yes_bid");
        OptionalDouble ask = dollars(market, "yes_ask");
        if (bid.isPresent() && ask.isPresent() && ask.getAsDouble() > 0 && ask.getAsDouble() >= bid.getAsDouble()) {
            // prices are quoted to at most four decimals: keep the midpoint there, not at 0.45999999999999996
            return Optional.of(Math.round((bid.getAsDouble() + ask.getAsDouble()) * 5000) / 10000.0);
        }
        return Optional.empty();
    }

    /** {@code field_dollars}, else {@code field} in cents. */
    private static OptionalDouble dollars(JsonNode market, String field) {
        OptionalDouble value = JsonFields.number(market, field + "_dollars");
        if (value.isPresent()) {
            return value;
        }
        OptionalDouble cents = JsonFields.number(market, field);
        return cents.isPresent() ? OptionalDouble.of(cents.getAsDouble() / 100) : OptionalDouble.empty();
    }
}
