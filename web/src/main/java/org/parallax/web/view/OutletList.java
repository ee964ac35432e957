package org.parallax.web.view;

import java.util.List;

import org.parallax.core.model.Outlet;

/** One page of outlets for {@code GET /api/outlets}. */
public record OutletList(List<Outlet> outlets, int page, boolean hasNext) {
    public OutletList {
        outlets = List.copyOf(outlets);
    }
}
