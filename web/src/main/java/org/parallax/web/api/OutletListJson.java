package org.parallax.web.api;

import java.util.List;

import org.parallax.web.view.OutletList;

/** The JSON shape of {@code GET /api/outlets}: one page, like {@code GET /api/stories}. */
record OutletListJson(List<OutletJson> outlets, int page, Integer nextPage) {
    static OutletListJson of(OutletList list) {
        return new OutletListJson(list.outlets().stream().map(OutletJson::of).toList(), list.page(),
                list.hasNext() ? list.page() + 1 : null);
    }
}
