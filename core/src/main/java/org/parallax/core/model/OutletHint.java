package org.parallax.core.model;

import java.util.Objects;

/**
 * What an import source says about the outlet of an article; resolved to a stored {@link Outlet}.
 *
 * @param domain        host name without "www.", or null when the source gives no URL
 * @param declaredStance a stance the source itself declares for the outlet, with its provenance, or null
 */
public record OutletHint(String name, String domain, Rating declaredStance) {
    public OutletHint {
        Objects.requireNonNull(name, "name");
    }
}
