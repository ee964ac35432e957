/**
 * Language models run in process. {@link org.parallax.nlp.MiniLmEmbedder} implements
 * {@link org.parallax.core.embed.SentenceEmbedder} with all-MiniLM-L6-v2 on ONNX Runtime, loaded from
 * the class path (no network at run time). {@link org.parallax.nlp.HiddenLayerEmbedder} reads a middle
 * layer of e5-small-v2 for the fact-or-opinion model.
 */
package org.parallax.nlp;
