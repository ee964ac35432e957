/**
 * The nerd narrative: matching a story to a prediction-market question and wording the forecast.
 * {@link org.parallax.core.forecast.QuestionIndex} holds the question bank in memory and picks, for a
 * story's title, lead and time, the question that shares its subject entities
 * ({@link org.parallax.core.forecast.Entities}), is similar enough in meaning
 * ({@link org.parallax.core.forecast.SimilarityModel}, TF-IDF for now), was open then and has a fresh
 * probability, or none. {@link org.parallax.core.forecast.ForecastWording} writes the sentence;
 * {@link org.parallax.core.forecast.MatchingEvaluation} measures the matcher on a labelled sample.
 */
package org.parallax.core.forecast;
