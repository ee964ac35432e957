package org.parallax.pipeline.live;

import org.parallax.fetch.FetchSettings;
import org.parallax.ingest.poll.PollSettings;

/**
 * Settings of live ingestion (read from the environment by the command's configuration).
 *
 * @param poll    whether {@code serve} polls feeds
 * @param fetch   how pages and feeds are fetched
 * @param polling how feeds are polled
 */
public record LiveSettings(boolean poll, FetchSettings fetch, PollSettings polling) {
}
