package org.parallax.core.forecast;

import java.time.Instant;
import java.util.Optional;

import org.parallax.core.model.Forecast;

/**
 * Finds the prediction-market forecast that belongs to a story, if any. Implementations answer from
 * memory: brief composition never waits on the network. No forecast is better than a wrong one.
 */
@FunctionalInterface
public interface ForecastSource {

    /** No forecasts at all. */
    ForecastSource NONE = (title, lead, storyTime) -> Optional.empty();

    /**
     * @param title     the story's title
     * @param lead      the opening sentences of the story's reporting
     * @param storyTime when the story happened (its latest article): the market must have been open
     *                  then, and its probability read close to it
     */
    Optional<Forecast> forecastFor(String title, String lead, Instant storyTime);
}
