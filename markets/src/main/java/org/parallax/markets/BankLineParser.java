package org.parallax.markets;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;
import org.parallax.extract.text.Timestamps;

/**
 * One JSON line of a question bank in the ForecastBench shape: a question ({@code id, source,
 * question, background, url, freeze_datetime, market_probability, market_info_open_datetime,
 * market_info_close_datetime}; the probability is the market's value at the freeze time) or a
 * resolution ({@code id, source, resolution_date, resolved}). The literal "None" counts as absent.
 */
final class BankLineParser {

    static final int MAX_QUESTION_CHARS = 1000;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
                    .build())
            .build();

    private BankLineParser() {
    }

    static BankItem parse(String location, String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (IOException e) {
            return new BankItem.Skipped(location, "invalid JSON");
        }
        if (node == null || !node.isObject()) {
            return new BankItem.Skipped(location, "expected a JSON object");
        }
        String id = value(node, "id");
        Optional<MarketSource> source = MarketSource.parse(value(node, "source"));
        if (id == null || source.isEmpty()) {
            return new BankItem.Skipped(location, id == null ? "no \"id\"" : "unknown source \"" + value(node, "source") + "\"");
        }
        if (node.has("resolution_date") && !node.has("question")) {
            return resolution(location, node, source.get(), id);
        }
        return question(location, node, source.get(), id);
    }

    private static BankItem question(String location, JsonNode node, MarketSource source, String id) {
        String question = value(node, "question");
        String url = value(node, "url");
        OptionalDouble probability = JsonFields.number(node, "market_probability");
        Instant frozen = time(node, "freeze_datetime");
        if (question == null || question.length() > MAX_QUESTION_CHARS) {
            return new BankItem.Skipped(location, question == null ? "no \"question\"" : "question over " + MAX_QUESTION_CHARS + " characters");
        }
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://")) || url.length() > 2048) {
            return new BankItem.Skipped(location, "no http(s) \"url\"");
        }
        if (probability.isEmpty() || JsonFields.probability(probability.getAsDouble()).isEmpty()) {
            return new BankItem.Skipped(location, "\"market_probability\" is not a probability");
        }
        if (frozen == null) {
            return new BankItem.Skipped(location, "\"freeze_datetime\" is not a date-time");
        }
        return new BankItem.Question(location, new MarketQuestion(source, id, question, MarketText.plain(value(node, "background")),
                url, probability.getAsDouble(), frozen, time(node, "market_info_open_datetime"),
                time(node, "market_info_close_datetime"), false, null, source == MarketSource.MANIFOLD));
    }

    private static BankItem resolution(String location, JsonNode node, MarketSource source, String id) {
        if (!JsonFields.flag(node, "resolved")) {
            return new BankItem.Interim(location);
        }
        Instant date = time(node, "resolution_date");
        if (date == null) {
            return new BankItem.Skipped(location, "\"resolution_date\" is not a date");
        }
        return new BankItem.Resolution(location, source, id, date);
    }

    private static String value(JsonNode node, String field) {
        String text = JsonFields.text(node, field);
        return text == null || text.equals("None") ? null : text;
    }

    private static Instant time(JsonNode node, String field) {
        return Timestamps.parse(value(node, field)).orElse(null);
    }
}
