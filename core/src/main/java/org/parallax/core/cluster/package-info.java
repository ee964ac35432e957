/**
 * Story grouping: the {@link org.parallax.core.cluster.StoryGrouper} contract and its first
 * implementation, {@link org.parallax.core.cluster.TfIdfStoryGrouper} (online TF-IDF centroids over
 * headline and lead, an inverted index of open stories, time-window eviction).
 */
package org.parallax.core.cluster;
