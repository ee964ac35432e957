/**
 * Feed polling: {@link org.parallax.ingest.poll.FeedPoller} polls the feeds that are due, one
 * request at a time per host, and turns their new entries into stored articles through
 * {@link org.parallax.ingest.poll.EntryIngestor} (robots.txt, page fetch, extraction, feed-entry
 * fallbacks, deduplication). {@link org.parallax.ingest.poll.PollTiming} adapts each feed's
 * interval to its rate of publication and to what the server asks; errors back off exponentially.
 * The feed table and the article store are reached through two ports, {@link org.parallax.ingest.poll.FeedBook}
 * and {@link org.parallax.ingest.poll.ArticleSink}, which the application implements over its database.
 */
package org.parallax.ingest.poll;
