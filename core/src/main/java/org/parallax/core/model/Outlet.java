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
 */
public record Outlet(long id, String name, String domain, String country, Rating stance,
                     Rating establishment, List<String> feeds) {
    public Outlet {
        Objects.requireNonNull(name, "name");
        feeds = List.copyOf(feeds);
    }

    public Side side() {
        return Side.ofStance(stance);
    }
}
