/**
 * Quality metrics of published benchmarks, implemented exactly as their reference code does so
 * that Parallax's figures compare with the published tables: {@link org.parallax.core.metrics.ShingleMatch}
 * and {@link org.parallax.core.metrics.ExtractionScore} (the article-extraction benchmark's
 * shingle precision and recall).
 */
package org.parallax.core.metrics;
