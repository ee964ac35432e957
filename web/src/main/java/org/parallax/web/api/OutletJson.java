package org.parallax.web.api;

import java.util.List;
import java.util.Locale;

import org.parallax.core.model.Outlet;
import org.parallax.core.model.Rating;
import org.parallax.core.model.Side;

/**
 * The JSON shape of an outlet in {@code GET /api/outlets} and {@code GET /api/outlets/{id}}. Field
 * names are part of the API.
 *
 * @param url       the outlet's HTML page
 * @param apiUrl    this document's address
 * @param ownership {@code state}, {@code public} or {@code private}; null when unknown
 * @param labels    the badges readers see beside the outlet's name ("State media", "Paywall", ...)
 * @param paywalled whether most articles are behind a paywall; null when unknown
 */
record OutletJson(long id, String url, String apiUrl, String name, String domain, String country, Side side,
                  Rating stance, Rating establishment, String ownership, Boolean paywalled, List<String> labels,
                  List<String> feeds) {
    static OutletJson of(Outlet o) {
        return new OutletJson(o.id(), "/outlets/" + o.id(), "/api/outlets/" + o.id(), o.name(), o.domain(),
                o.country(), o.side(), o.stance(), o.establishment(),
                o.ownership() == null ? null : o.ownership().name().toLowerCase(Locale.ROOT), o.paywalled(),
                org.parallax.web.view.OutletLabels.of(o), o.feeds());
    }
}
