package org.parallax.feeds;

/** The syndication format (and version family) a feed was written in. */
public enum FeedFormat {
    /** RSS 0.90: RDF with the Netscape 0.9 namespace. */
    RSS_090,
    RSS_091,
    /** RSS 0.92, and the 0.93/0.94 drafts that followed it. */
    RSS_092,
    /** RSS 1.0: RDF with the purl.org RSS 1.0 namespace. */
    RSS_10,
    /** RSS 2.0 (2.0.1 and feeds with no version attribute included). */
    RSS_20,
    ATOM_03,
    ATOM_10,
    /** JSON Feed 1.0 and 1.1. */
    JSON_FEED,
    /** Microsoft's Channel Definition Format: {@code <CHANNEL HREF LASTMOD>} with {@code <ITEM HREF>}. */
    CDF
}
