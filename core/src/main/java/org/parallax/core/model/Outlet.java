package org.parallax.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A news outlet as stored.
 *
 * @param stance        left-right rating, or null while unrated
 * @param establishment establishment-critical rating, or null while unrated
 * @param country       ISO 3166 alpha-2 code, or null when unknown
 * @param feeds         feed URLs the outlet publishes (may be empty)
 * @param paywalled     whether most articles are behind a paywall, or null when unknown
 * @param ownership     private, public-service or state media, or null when unknown
 */
public record Outlet(long id, String name, String domain, String country, Rating stance,
                     Rating establishment, List<String> feeds, Boolean paywalled, Ownership ownership) {
    public Outlet {
        Objects.requireNonNull(name, "name");
        feeds = List.copyOf(feeds);
    }

    /** An outlet whose paywall and ownership are not known. */
    public Outlet(long id, String name, String domain, String country, Rating stance, Rating establishment,
                  List<String> feeds) {
        this(id, name, domain, country, stance, establishment, feeds, null, null);
    }

    public Side side() {
        return Side.ofStance(stance);
    }
}
