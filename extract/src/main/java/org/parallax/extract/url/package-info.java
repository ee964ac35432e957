/** URL canonicalisation, so that duplicates of an article meet: {@link org.parallax.extract.url.UrlCanonicalizer}. */
package org.parallax.extract.url;
