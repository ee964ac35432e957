package org.parallax.eval;

/**
 * One page of an article-extraction benchmark.
 *
 * @param truth the expected article body
 * @param html  the page, or null when it could not be read ({@code error} says why)
 */
public record ExtractionPage(String id, String url, String truth, String html, String error) {
}
