/**
 * Sentence embeddings as seen by the pure algorithms: the {@link org.parallax.core.embed.SentenceEmbedder}
 * contract, the text of an article that is embedded ({@link org.parallax.core.embed.EmbeddingText}) and
 * vector arithmetic ({@link org.parallax.core.embed.Vectors}). No model is loaded here.
 */
package org.parallax.core.embed;
