package org.parallax.search;

import java.time.Instant;

import org.parallax.core.model.Topic;

/**
 * One story found.
 *
 * @param snippet a passage of the brief or of an article, HTML-escaped, the matched words in {@code <mark>}
 */
public record SearchHit(long storyId, String title, String snippet, Topic topic, Instant lastSeen, int outlets,
                        float score) {
}
