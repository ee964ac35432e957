/** URL canonicalisation, so that duplicates of an article meet: {@link org.parallax.ingest.url.UrlCanonicalizer}. */
package org.parallax.ingest.url;
