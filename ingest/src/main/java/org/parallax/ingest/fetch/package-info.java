/**
 * Fetching from the web, safely and politely: {@link org.parallax.ingest.fetch.Fetcher} (only
 * http(s), public addresses unless {@link org.parallax.ingest.fetch.AddressPolicy} allows others,
 * bounded bodies, decompression and redirects, conditional requests, outcomes as records),
 * {@link org.parallax.ingest.fetch.HostPacer} (one request at a time per host, a delay between
 * requests) and robots.txt ({@link org.parallax.ingest.fetch.RobotsRules},
 * {@link org.parallax.ingest.fetch.RobotsCache}).
 */
package org.parallax.ingest.fetch;
