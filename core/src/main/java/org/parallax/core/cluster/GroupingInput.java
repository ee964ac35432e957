package org.parallax.core.cluster;

import java.time.Instant;

/** What story grouping reads of an article. {@code time} is publication time, else ingestion time. */
public record GroupingInput(long articleId, long outletId, Instant time, String title, String text) {
}
