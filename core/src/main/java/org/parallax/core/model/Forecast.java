package org.parallax.core.model;

import java.time.Instant;

/**
 * What a prediction market gives for a question related to the story.
 *
 * @param question    the market's question, as the market words it
 * @param probability in [0, 1]
 * @param provider    e.g. "Metaculus"
 * @param asOf        when the probability was read
 */
public record Forecast(String question, double probability, String provider, String url, Instant asOf) {
}
