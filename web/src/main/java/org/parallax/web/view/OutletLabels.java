package org.parallax.web.view;

import java.util.ArrayList;
import java.util.List;

import org.parallax.core.model.Outlet;
import org.parallax.core.model.Ownership;

/** The short labels shown beside an outlet's name wherever it is credited. */
public final class OutletLabels {
    private OutletLabels() {
    }

    /** "State media" or "Public broadcaster" (private ownership gets no badge); null otherwise. */
    public static String ownership(Outlet outlet) {
        if (outlet == null || outlet.ownership() == null) {
            return null;
        }
        return switch (outlet.ownership()) {
            case STATE -> "State media";
            case PUBLIC -> "Public broadcaster";
            case PRIVATE -> null;
        };
    }

    /** The ownership as the outlet page words it. */
    public static String ownershipLong(Outlet outlet) {
        if (outlet.ownership() == null) {
            return "not recorded";
        }
        return switch (outlet.ownership()) {
            case STATE -> "State media: a government funds or controls the newsroom";
            case PUBLIC -> "Public broadcaster: publicly funded, with statutory editorial independence";
            case PRIVATE -> "Privately owned (commercial or non-profit)";
        };
    }

    public static String paywall(Outlet outlet) {
        if (outlet.paywalled() == null) {
            return "not recorded";
        }
        return outlet.paywalled() ? "Most articles are behind a paywall" : "Free to read";
    }

    /** Every badge of the outlet, in the order the pages show them. */
    public static List<String> of(Outlet outlet) {
        List<String> labels = new ArrayList<>();
        String ownership = ownership(outlet);
        if (ownership != null) {
            labels.add(ownership);
        }
        if (Boolean.TRUE.equals(outlet.paywalled())) {
            labels.add("Paywall");
        }
        if (outlet.country() != null) {
            labels.add(outlet.country());
        }
        return labels;
    }

    /** The CSS class of the ownership badge. */
    public static String ownershipClass(Outlet outlet) {
        return outlet.ownership() == Ownership.STATE ? "badge badge-state" : "badge badge-public";
    }
}
