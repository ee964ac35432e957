package org.parallax.web.view;

import java.util.List;

import org.parallax.core.model.Outlet;

/**
 * The {@code /outlets} page: the outlets the query selects, and the countries there are to
 * choose from.
 */
public record OutletIndex(OutletQuery query, List<Outlet> outlets, List<String> countries, int total) {
    public OutletIndex {
        outlets = List.copyOf(outlets);
        countries = List.copyOf(countries);
    }
}
