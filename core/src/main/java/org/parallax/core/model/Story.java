package org.parallax.core.model;

import java.time.Instant;

/**
 * A group of articles about one event.
 *
 * @param firstSeen time of its earliest article
 * @param lastSeen  time of its latest article
 */
public record Story(long id, Topic topic, Instant firstSeen, Instant lastSeen) {
}
