package org.parallax.markets;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;

/**
 * Metaculus posts (the {@code results} of {@code GET /api/posts/}, or one post) as questions. A post
 * carries one {@code question} unless it is a group, a conditional pair or a notebook, which are
 * skipped, as are non-binary questions and questions whose community prediction is hidden. The
 * probability is the recency-weighted community prediction,
 * {@code question.aggregations.recency_weighted.latest.centers[0]}.
 */
final class MetaculusPosts {

    /** Question pages are on the public site whatever API root is configured. */
    static final String QUESTION_PAGE = "https://www.metaculus.com/questions/";

    private MetaculusPosts() {
    }

    /** @param readAt when the post was read: the time of the probability */
    static Optional<MarketQuestion> question(JsonNode post, Instant readAt) {
        String id = JsonFields.text(post, "id");
        JsonNode q = post.get("question");
        if (id == null || q == null || !q.isObject() || !"binary".equals(JsonFields.text(q, "type"))) {
            return Optional.empty();
        }
        String title = JsonFields.text(q, "title") != null ? JsonFields.text(q, "title") : JsonFields.text(post, "title");
        JsonNode centers = q.path("aggregations").path("recency_weighted").path("latest").path("centers");
        if (title == null || !centers.isArray() || centers.isEmpty() || !centers.get(0).isNumber()) {
            return Optional.empty();
        }
        Optional<Double> probability = JsonFields.probability(centers.get(0).doubleValue());
        if (probability.isEmpty() || !id.matches("\\d{1,12}")) {
            return Optional.empty();
        }
        String status = JsonFields.text(q, "status") != null ? JsonFields.text(q, "status") : JsonFields.text(post, "status");
        boolean resolved = "resolved".equals(status) || JsonFields.text(q, "resolution") != null;
        Instant closes = JsonFields.isoTime(q, "actual_close_time") != null
                ? JsonFields.isoTime(q, "actual_close_time") : JsonFields.isoTime(q, "scheduled_close_time");
        if ("closed".equals(status) && (closes == null || closes.isAfter(readAt))) {
            closes = readAt;
        }
        return Optional.of(new MarketQuestion(MarketSource.METACULUS, id, title,
                MarketText.plain(JsonFields.text(q, "description")), QUESTION_PAGE + id + "/", probability.get(), readAt,
                JsonFields.isoTime(q, "open_time"), closes, resolved,
                resolved ? JsonFields.isoTime(q, "actual_resolve_time") : null, false));
    }
}
