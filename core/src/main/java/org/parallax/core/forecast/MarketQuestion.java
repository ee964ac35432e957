package org.parallax.core.forecast;

import java.time.Instant;
import java.util.Objects;

import org.parallax.core.model.Forecast;

/**
 * A prediction-market question with its current probability, as the question bank stores it and the
 * matcher reads it. Only binary questions (or one outcome of a multi-outcome market that is itself a
 * yes/no question) are kept, so {@code probability} is always the chance of "yes".
 *
 * @param source        the provider, see {@link MarketSource}
 * @param externalId    the provider's id of the question (Metaculus post id, Manifold market id,
 *                      Polymarket condition id, Kalshi ticker)
 * @param background    the provider's description, as plain text, or null
 * @param probabilityAt when the probability was read (live providers) or frozen (imported banks)
 * @param opensAt       when the market opened, or null when unknown
 * @param closesAt      when trading closes, or null when unknown
 * @param resolved      the outcome is known
 * @param resolvedAt    when it was resolved, or null when unknown or unresolved
 * @param playMoney     the market trades play money
 */
public record MarketQuestion(MarketSource source, String externalId, String question, String background,
                             String url, double probability, Instant probabilityAt, Instant opensAt,
                             Instant closesAt, boolean resolved, Instant resolvedAt, boolean playMoney) {

    public MarketQuestion {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(probabilityAt, "probabilityAt");
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("a question needs its provider's id");
        }
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question " + externalId + " has no text");
        }
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("question " + externalId + " has no url");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability of " + externalId + " is not in [0, 1]: " + probability);
        }
    }

    /**
     * Whether the market was open at {@code time}: opened (when known), not closed, not resolved.
     * A resolved question whose resolution time is unknown counts as resolved at any time.
     */
    public boolean openAt(Instant time) {
        if (opensAt != null && opensAt.isAfter(time)) {
            return false;
        }
        if (closesAt != null && !closesAt.isAfter(time)) {
            return false;
        }
        return !resolved || (resolvedAt != null && resolvedAt.isAfter(time));
    }

    /** The forecast a brief shows for this question. */
    public Forecast toForecast() {
        return new Forecast(question.strip(), probability, source.label(), url, probabilityAt,
                ForecastWording.proposition(question), playMoney);
    }

    /** The same question marked resolved at {@code time} (null when unknown). */
    public MarketQuestion resolvedAt(Instant time) {
        return new MarketQuestion(source, externalId, question, background, url, probability, probabilityAt,
                opensAt, closesAt, true, time, playMoney);
    }
}
