/** Extracting an article (metadata and main text) from an HTML page: {@link org.parallax.ingest.extract.HtmlExtractor}. */
package org.parallax.ingest.extract;
