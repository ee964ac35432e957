package org.parallax.core.model;

import java.time.Instant;

/**
 * What a prediction market gives for a question related to the story: the nerd narrative.
 *
 * @param question    the market's question, as the market words it
 * @param probability in [0, 1]
 * @param provider    e.g. "Metaculus"
 * @param url         the question's page on the provider's site
 * @param asOf        when the probability was read
 * @param proposition the question restated as a clause ("there will be a cease-fire before 2027"), only
 *                    where that is a faithful rewording; null when the question must be quoted as asked
 * @param playMoney   the market trades play money (most Manifold markets), which the text must say
 */
public record Forecast(String question, double probability, String provider, String url, Instant asOf,
                       String proposition, boolean playMoney) {

    public Forecast {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + probability);
        }
    }

    /** A forecast whose question is quoted as asked, on a real-money or reputation market. */
    public Forecast(String question, double probability, String provider, String url, Instant asOf) {
        this(question, probability, provider, url, asOf, null, false);
    }
}
