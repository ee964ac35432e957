package org.parallax.web.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.parallax.core.model.Outlet;
import org.parallax.web.edition.Camp;

/**
 * Every outlet on the two axes, for the server-drawn SVG of {@code /map}: x from left (-1) to
 * right (+1), y from pro-establishment (+1, top) to critical (-1, bottom), in a square of
 * {@link #SIZE} user units with a {@link #MARGIN}.
 *
 * <p>With hundreds of outlets the names would pile on each other, so a name is written only where
 * it has room: dots in the emptiest parts of the map are labelled first, each name to the right of
 * its dot (or to its left near the right edge), and a name that would touch a name or a dot already
 * placed is left out. Every dot still names its outlet to a pointer ({@code <title>}) and to a
 * screen reader, and links to its page.
 */
public record OutletMap(List<Dot> dots, List<Outlet> unrated) {
    public static final int SIZE = 640;
    public static final int MARGIN = 60;
    static final double RADIUS = 7;
    /** Approximate advance of one character of an 11-unit sans-serif label, and the label's height. */
    static final double CHAR_WIDTH = 6.2;
    static final double LABEL_HEIGHT = 12;
    private static final double CROWD_RADIUS = 40;

    /**
     * @param partial  rated on one axis only: drawn at the middle of the other
     * @param label    whether its name is written beside it
     * @param labelEnd whether the name is written to the left of the dot (ending at it)
     */
    public record Dot(long id, String name, double x, double y, String cssClass, boolean partial, String description,
                      boolean label, boolean labelEnd) {
        public double labelX() {
            return labelEnd ? x - RADIUS - 2 : x + RADIUS + 2;
        }

        public String labelAnchor() {
            return labelEnd ? "end" : "start";
        }
    }

    public OutletMap {
        dots = List.copyOf(dots);
        unrated = List.copyOf(unrated);
    }

    public static OutletMap of(List<Outlet> outlets) {
        List<Dot> dots = labelled(outlets.stream()
                .filter(o -> o.stance() != null || o.establishment() != null)
                .sorted(Comparator.comparing(Outlet::name))
                .map(OutletMap::dot)
                .toList());
        List<Outlet> unrated = outlets.stream().filter(o -> o.stance() == null && o.establishment() == null)
                .sorted(Comparator.comparing(Outlet::name)).toList();
        return new OutletMap(dots, unrated);
    }

    /** Box of a label or a dot: left, top, right, bottom. */
    private record Box(double left, double top, double right, double bottom) {
        boolean overlaps(Box o) {
            return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
        }
    }

    private static List<Dot> labelled(List<Dot> dots) {
        List<Box> taken = new ArrayList<>();
        dots.forEach(d -> taken.add(new Box(d.x() - RADIUS, d.y() - RADIUS, d.x() + RADIUS, d.y() + RADIUS)));
        List<Dot> byRoom = dots.stream()
                .sorted(Comparator.comparingLong((Dot d) -> neighbours(d, dots)).thenComparing(Dot::name))
                .toList();
        java.util.Map<Long, Dot> placed = new java.util.HashMap<>();
        for (Dot dot : byRoom) {
            double width = dot.name().length() * CHAR_WIDTH;
            boolean end = dot.x() + RADIUS + 2 + width > SIZE;
            double left = end ? dot.x() - RADIUS - 2 - width : dot.x() + RADIUS + 2;
            Box box = new Box(left, dot.y() - LABEL_HEIGHT / 2 - 1, left + width, dot.y() + LABEL_HEIGHT / 2 + 1);
            boolean free = left >= 0 && taken.stream().noneMatch(box::overlaps);
            if (free) {
                taken.add(box);
            }
            placed.put(dot.id(), new Dot(dot.id(), dot.name(), dot.x(), dot.y(), dot.cssClass(), dot.partial(),
                    dot.description(), free, end));
        }
        return dots.stream().map(d -> placed.get(d.id())).toList();
    }

    private static long neighbours(Dot dot, List<Dot> dots) {
        return dots.stream().filter(o -> o != dot && Math.hypot(o.x() - dot.x(), o.y() - dot.y()) < CROWD_RADIUS).count();
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
        return new Dot(o.id(), o.name(), x, y, css, partial, description, true, false);
    }

    private static String rating(Double score) {
        return score == null ? "not rated" : String.format(Locale.ROOT, "%+.2f", score);
    }
}
