package org.parallax.web.api;

import java.util.List;

import org.parallax.core.model.Outlet;
import org.parallax.core.model.Rating;
import org.parallax.core.model.Side;

/** The JSON shape of an outlet in {@code GET /api/outlets}. */
record OutletJson(long id, String url, String name, String domain, String country, Side side, Rating stance,
                  Rating establishment, List<String> feeds) {
    static OutletJson of(Outlet o) {
        return new OutletJson(o.id(), "/outlets/" + o.id(), o.name(), o.domain(), o.country(), o.side(),
                o.stance(), o.establishment(), o.feeds());
    }
}
