/**
 * Feed parsing: RSS 0.9x / 1.0 / 2.0, Atom 0.3 / 1.0 and JSON Feed bodies into {@link
 * org.parallax.feeds.Feed} records, through {@link org.parallax.feeds.FeedParser}.
 * No I/O: fetching and polling live elsewhere. XML is read with DTDs and external entities off.
 */
package org.parallax.feeds;
