package org.parallax.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.parallax.core.model.Fact;
import org.parallax.core.model.Forecast;
import org.parallax.core.model.Narrative;
import org.parallax.core.model.Side;
import org.parallax.web.view.SourceLink;
import org.parallax.web.view.StoryPage;

/** The JSON shape of one story in {@code GET /api/stories/{id}}. Field names are part of the API. */
record StoryJson(long id, String url, String status, String title, TitleSourceJson titleSource, String topic,
                 Instant firstSeen, Instant lastSeen,
                 List<Fact> facts, List<Narrative> narratives, String missingView, Forecast forecast,
                 CoverageJson coverage, List<SourceLink> sources, Instant composedAt) {

    /**
     * @param blindspot the wing carrying at least 80% of the rated coverage, or null
     * @param ignoredBy the wing that all but ignores the story (the other one), or null
     * @param note      the blindspot as the story page words it, or null
     */
    /** The article whose headline is the title: {@code {"url": ..., "outlet_name": ...}}. */
    record TitleSourceJson(String url, String outletName) {
    }

    record CoverageJson(Map<Side, Integer> counts, Side blindspot, Side ignoredBy, String note, int outlets) {
    }

    static StoryJson of(StoryPage page) {
        var brief = page.brief();
        var coverage = brief.coverage();
        return new StoryJson(page.story().id(), "/stories/" + page.story().id(), page.status().word(), brief.title(),
                brief.titleSource() == null ? null
                        : new TitleSourceJson(brief.titleSource().url(), brief.titleSource().outletName()),
                brief.topic().name().toLowerCase(java.util.Locale.ROOT), page.story().firstSeen(),
                page.story().lastSeen(), brief.facts(), brief.narratives(), brief.missingView(),
                brief.forecast(), new CoverageJson(coverage.countsBySide(),
                        coverage.dominantSide().orElse(null), coverage.ignoredBy().orElse(null),
                        coverage.blindspotNote().orElse(null), coverage.outlets().size()),
                page.sources(), brief.composedAt());
    }
}
