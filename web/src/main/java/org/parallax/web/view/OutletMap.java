package org.parallax.web.view;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.parallax.core.model.Outlet;
import org.parallax.web.edition.Camp;

/**
 * Every outlet on the two axes, for the server-drawn SVG of {@code /map}: x from left (-1) to
 * right (+1), y from pro-establishment (+1, top) to critical (-1, bottom), in a square of
 * {@link #SIZE} user units with a {@link #MARGIN}.
 */
public record OutletMap(List<Dot> dots, List<Outlet> unrated) {
    public static final int SIZE = 640;
    public static final int MARGIN = 60;

    /** @param partial rated on one axis only: drawn at the middle of the other */
    public record Dot(long id, String name, double x, double y, String cssClass, boolean partial, String description) {
    }

    public OutletMap {
        dots = List.copyOf(dots);
        unrated = List.copyOf(unrated);
    }

    public static OutletMap of(List<Outlet> outlets) {
        List<Dot> dots = outlets.stream()
                .filter(o -> o.stance() != null || o.establishment() != null)
                .sorted(Comparator.comparing(Outlet::name))
                .map(OutletMap::dot)
                .toList();
        List<Outlet> unrated = outlets.stream().filter(o -> o.stance() == null && o.establishment() == null)
                .sorted(Comparator.comparing(Outlet::name)).toList();
        return new OutletMap(dots, unrated);
    }

    private static Dot dot(Outlet o) {
        double stance = o.stance() == null ? 0 : o.stance().score();
        double establishment = o.establishment() == null ? 0 : o.establishment().score();
        double span = SIZE - 2.0 * MARGIN;
        double x = MARGIN + (stance + 1) / 2 * span;
        double y = MARGIN + (1 - (establishment + 1) / 2) * span;
        boolean partial = o.stance() == null || o.establishment() == null;
        String css = Camp.of(o.stance() == null ? null : stance).cssClass(Camp.Axis.LEFT_RIGHT) + (partial ? " partial" : "");
        String description = o.name() + ": left-right " + rating(o.stance() == null ? null : stance)
                + ", establishment " + rating(o.establishment() == null ? null : establishment);
        return new Dot(o.id(), o.name(), x, y, css, partial, description);
    }

    private static String rating(Double score) {
        return score == null ? "not rated" : String.format(Locale.ROOT, "%+.2f", score);
    }
}
