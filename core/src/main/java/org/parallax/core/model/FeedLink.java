package org.parallax.core.model;

import java.util.Objects;

/**
 * A feed an outlet publishes.
 *
 * @param kind what the feed carries: NEWS for news sections, OPINION for opinion and comment
 *             sections (its entries are opinion unless their page says otherwise)
 */
public record FeedLink(String url, ArticleKind kind) {
    public FeedLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
    }
}
