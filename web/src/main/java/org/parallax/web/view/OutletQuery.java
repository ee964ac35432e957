package org.parallax.web.view;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.parallax.core.model.Outlet;
import org.parallax.core.model.Ownership;
import org.parallax.core.model.Rating;
import org.parallax.core.model.Side;

/**
 * Which outlets to list and in which order, as read from {@code /outlets} and {@code /api/outlets}
 * query parameters. A parameter that is absent or not understood does not filter.
 *
 * @param side      only outlets on this side, or null
 * @param country   only outlets of this ISO 3166 alpha-2 country, or null
 * @param ownership only outlets with this ownership, or null
 * @param sort      the order
 */
public record OutletQuery(Side side, String country, Ownership ownership, Sort sort) {

    /** Orders of the outlet index; ties are broken by name. */
    public enum Sort {
        NAME, STANCE, ESTABLISHMENT, COUNTRY;

        static Sort parse(String text) {
            if (text != null) {
                for (Sort s : values()) {
                    if (s.name().equalsIgnoreCase(text.strip())) {
                        return s;
                    }
                }
            }
            return NAME;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final OutletQuery ALL = new OutletQuery(null, null, null, Sort.NAME);

    /** Reads the query from parameter values, each null when absent. */
    public static OutletQuery parse(String side, String country, String ownership, String sort) {
        return new OutletQuery(side(side), country(country), Ownership.parse(ownership).orElse(null), Sort.parse(sort));
    }

    private static Side side(String text) {
        if (text == null) {
            return null;
        }
        String key = text.strip().toUpperCase(Locale.ROOT);
        if (key.equals("CENTRE")) {
            return Side.CENTER;
        }
        for (Side s : Side.values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        return null;
    }

    private static String country(String text) {
        if (text == null) {
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        return code.length() == 2 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z') ? code : null;
    }

    public boolean matches(Outlet outlet) {
        return (side == null || outlet.side() == side)
                && (country == null || country.equalsIgnoreCase(outlet.country()))
                && (ownership == null || outlet.ownership() == ownership);
    }

    /** The outlets that match, in this query's order. */
    public List<Outlet> apply(List<Outlet> outlets) {
        Comparator<Outlet> byName = Comparator.comparing(Outlet::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(Outlet::id);
        Comparator<Outlet> order = switch (sort) {
            case NAME -> byName;
            case STANCE -> nullsLast(o -> score(o.stance())).thenComparing(byName);
            case ESTABLISHMENT -> nullsLast(o -> score(o.establishment())).thenComparing(byName);
            case COUNTRY -> Comparator.comparing(Outlet::country, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                    .thenComparing(byName);
        };
        return outlets.stream().filter(this::matches).sorted(order).toList();
    }

    private static Comparator<Outlet> nullsLast(Function<Outlet, Double> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.<Double>naturalOrder()));
    }

    private static Double score(Rating rating) {
        return rating == null ? null : rating.score();
    }

    public String sideParam() {
        return side == null ? "" : side.name().toLowerCase(Locale.ROOT);
    }

    public String ownershipParam() {
        return ownership == null ? "" : ownership.name().toLowerCase(Locale.ROOT);
    }

    public String countryParam() {
        return country == null ? "" : country;
    }
}
