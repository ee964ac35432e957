/**
 * Fetching from the web, safely and politely: {@link org.parallax.fetch.Fetcher} (only
 * http(s), public addresses unless {@link org.parallax.fetch.AddressPolicy} allows others,
 * bounded bodies, decompression and redirects, conditional requests, outcomes as records),
 * {@link org.parallax.fetch.HostPacer} (one request at a time per host, a delay between
 * requests) and robots.txt ({@link org.parallax.fetch.RobotsRules},
 * {@link org.parallax.fetch.RobotsCache}).
 */
package org.parallax.fetch;
