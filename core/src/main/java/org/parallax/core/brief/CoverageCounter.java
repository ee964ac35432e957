package org.parallax.core.brief;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parallax.core.model.Coverage;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.SourcedArticle;

/** One entry per distinct outlet with its side and article count, left to right, then by name. */
public final class CoverageCounter {

    public Coverage count(List<SourcedArticle> articles) {
        Map<Long, Outlet> outlets = new LinkedHashMap<>();
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (SourcedArticle a : articles) {
            outlets.putIfAbsent(a.outlet().id(), a.outlet());
            counts.merge(a.outlet().id(), 1, Integer::sum);
        }
        List<Coverage.CoveringOutlet> covering = outlets.values().stream()
                .map(o -> new Coverage.CoveringOutlet(o.id(), o.name(), o.side(), counts.get(o.id())))
                .sorted(Comparator.comparing(Coverage.CoveringOutlet::side)
                        .thenComparing(Coverage.CoveringOutlet::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(Coverage.CoveringOutlet::outletId))
                .toList();
        return new Coverage(covering);
    }
}
