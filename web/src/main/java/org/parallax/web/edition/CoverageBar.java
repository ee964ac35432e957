package org.parallax.web.edition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

import org.parallax.web.edition.Camp.Axis;

/**
 * Distinct outlets of a story by camp on one axis, drawn by the server as an SVG bar (segment
 * widths are SVG attributes, so no inline style is needed under the page's CSP).
 */
public record CoverageBar(Axis axis, Map<Camp, Integer> counts) {
    /** One segment of the bar, in SVG user units out of 100. */
    public record Segment(Camp camp, String label, String cssClass, int count, double x, double width) {
    }

    public static CoverageBar of(Axis axis, List<ArticleSignal> articles) {
        Map<Camp, Integer> counts = new EnumMap<>(Camp.class);
        for (Camp camp : Camp.values()) {
            counts.put(camp, 0);
        }
        Set<Long> seen = new HashSet<>();
        for (ArticleSignal a : articles) {
            if (seen.add(a.outletId())) {
                counts.merge(Camp.of(axis.score(a)), 1, Integer::sum);
            }
        }
        return new CoverageBar(axis, Map.copyOf(counts));
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(Camp camp) {
        return counts.get(camp);
    }

    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        int total = total();
        double x = 0;
        for (Camp camp : Camp.values()) {
            int n = counts.get(camp);
            if (n == 0 || total == 0) {
                continue;
            }
            double width = 100.0 * n / total;
            segments.add(new Segment(camp, camp.label(axis), camp.cssClass(axis), n, round(x), round(width)));
            x += width;
        }
        return segments;
    }

    /** "Left 2, Centre 1, Right 1": the bar in words, for screen readers and the title. */
    public String summary() {
        return String.join(", ", segments().stream().map(s -> s.label() + " " + s.count()).toList());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
