package org.parallax.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An outlet as a registry or an OPML file lists it, before it is stored. Any field but
 * {@code name}, {@code domain} and {@code feeds} may be null when unknown.
 *
 * @param domain      host name without "www.", lower case: the outlet's key
 * @param homepage    the outlet's home page
 * @param country     ISO 3166 alpha-2 code
 * @param paywalled   whether most articles are behind a paywall
 * @param ownership   private, public-service or state media
 */
public record OutletEntry(String name, String domain, String homepage, String country, Rating stance,
                          Rating establishment, Boolean paywalled, Ownership ownership, List<FeedLink> feeds) {
    public OutletEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        feeds = List.copyOf(feeds);
    }
}
