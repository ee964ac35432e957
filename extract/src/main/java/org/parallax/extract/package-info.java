/** Extracting an article (metadata and main text) from an HTML page: {@link org.parallax.extract.HtmlExtractor}. */
package org.parallax.extract;
