/**
 * Prediction-market questions in: HTTP clients of the public APIs of Metaculus, Manifold,
 * Polymarket and Kalshi ({@link org.parallax.ingest.forecast.ForecastProvider}, built by
 * {@link org.parallax.ingest.forecast.LiveProviders} from
 * {@link org.parallax.ingest.forecast.LiveForecastSettings}), each with its own rate limiter,
 * time and size limits and per-question cache; and the reader of offline question banks in the
 * ForecastBench JSONL shape ({@link org.parallax.ingest.forecast.QuestionBankReader}). Provider
 * trouble is a {@link org.parallax.ingest.forecast.FetchError} value, never an exception.
 */
package org.parallax.ingest.forecast;
