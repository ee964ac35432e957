package org.parallax.core.model;

/** The article a sentence of a brief was taken from, and its outlet, for attribution and links. */
public record SourceRef(long articleId, long outletId, String outletName, String url) {
}
