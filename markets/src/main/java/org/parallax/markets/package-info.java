/**
 * Prediction-market questions in: HTTP clients of the public APIs of Metaculus, Manifold,
 * Polymarket and Kalshi ({@link org.parallax.markets.ForecastProvider}, built by
 * {@link org.parallax.markets.LiveProviders} from
 * {@link org.parallax.markets.LiveForecastSettings}), reading through the one fetch layer
 * ({@code org.parallax.fetch.Fetcher}) with each provider's pause, time and size limits, and a
 * per-question cache; and the reader of offline question banks in the
 * ForecastBench JSONL shape ({@link org.parallax.markets.QuestionBankReader}). Provider
 * trouble is a {@link org.parallax.markets.FetchError} value, never an exception.
 */
package org.parallax.markets;
