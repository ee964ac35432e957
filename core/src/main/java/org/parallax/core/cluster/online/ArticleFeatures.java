package org.parallax.core.cluster.online;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the online grouper compares of one article.
 *
 * @param vector   unit sentence vector, or null when the article came without one
 * @param terms    content-word counts of headline (weighted) and lead
 * @param entities named entities of headline and lead, lower-cased
 * @param hashKeys the article's bucket in each hash table, or null without a vector
 * @param argument whether the article argues (opinion, analysis) rather than reports
 */
record ArticleFeatures(long articleId, Instant time, float[] vector, Map<String, Integer> terms,
                       List<String> entities, int[] hashKeys, boolean argument) {
}
