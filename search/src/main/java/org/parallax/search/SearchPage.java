package org.parallax.search;

import java.util.List;

/** One page of results, best first. {@code total} counts every matching story. */
public record SearchPage(List<SearchHit> hits, int page, boolean hasNext, long total) {
    public static final int PAGE_SIZE = 20;

    public SearchPage {
        hits = List.copyOf(hits);
    }
}
