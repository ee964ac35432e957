package org.parallax.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.parallax.web.view.FrontPage;

/** The JSON shape of {@code GET /api/stories}. */
record StoryListJson(List<Item> stories, int page, Integer nextPage) {

    record Item(long id, String url, String title, String topic, Instant lastSeen, int outlets, int articles) {
    }

    static StoryListJson of(FrontPage page) {
        List<Item> items = page.stories().stream()
                .map(s -> new Item(s.id(), "/api/stories/" + s.id(), s.title(),
                        s.topic().name().toLowerCase(Locale.ROOT), s.lastSeen(), s.outletCount(), s.articleCount()))
                .toList();
        return new StoryListJson(items, page.page(), page.hasNext() ? page.page() + 1 : null);
    }
}
