/**
 * The story engine: {@link org.parallax.core.cluster.online.OnlineStoryGrouper} places each article
 * in an open story or a new one, using sentence vectors, headline and lead words and names, with an
 * approximate-nearest-neighbour and inverted index over the open window
 * ({@link org.parallax.core.cluster.online.CandidateIndex}), similarity scoring
 * ({@link org.parallax.core.cluster.online.SimilarityScorer}), merge detection
 * ({@link org.parallax.core.cluster.online.MergeDetector}) and an order-independent state that a
 * restart rebuilds exactly ({@link org.parallax.core.cluster.online.StoryState}).
 */
package org.parallax.core.cluster.online;
