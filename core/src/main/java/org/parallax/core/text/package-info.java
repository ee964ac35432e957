/**
 * Text utilities shared by grouping and composition: {@link org.parallax.core.text.SentenceSplitter}
 * (rule-based sentence spans for news text, always exact substrings), {@link org.parallax.core.text.Tokenizer}
 * (lower-cased word tokens, content words with a plural-folding stemmer), {@link org.parallax.core.text.Stopwords},
 * sparse {@link org.parallax.core.text.TermVector}s and {@link org.parallax.core.text.InverseDocumentFrequency},
 * the {@link org.parallax.core.text.LoadedWords} lexicon {@link org.parallax.core.text.Quotes} (a sentence's own voice)
 * and {@link org.parallax.core.text.Sha256}, the one SHA-256 helper.
 */
package org.parallax.core.text;
