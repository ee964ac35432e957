package org.parallax.web.view;

import java.util.List;
import java.util.Map;

import org.parallax.core.model.Brief;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.Side;
import org.parallax.core.model.Story;
import org.parallax.core.publish.StoryStatus;
import org.parallax.web.edition.CoverageBar;

/**
 * Everything the story page shows; sources in the order the reader's sliders favour. A developing
 * story's page shows its sources and {@link #DEVELOPING_NOTE}, never its (thin) brief. {@code outlets}
 * holds every outlet the page credits, by id, for the labels beside each credit.
 */
public record StoryPage(Story story, Brief brief, StoryStatus status, List<SourceLink> sources, CoverageBar leftRight,
                        CoverageBar establishment, Map<Long, Outlet> outlets) {

    /** What a reader of a developing story is told, in the words of docs/BRIEFS.md. */
    public static final String DEVELOPING_NOTE = "This story is developing. Parallax publishes a brief when at least "
            + "two independent outlets report the story and their articles give at least three facts; "
            + "copies of the same wire report count as one outlet. Until then, here are the articles it has so far.";

    public StoryPage {
        sources = List.copyOf(sources);
        outlets = Map.copyOf(outlets);
    }

    /** A credited outlet (for its labels), or null when it is no longer stored. */
    public Outlet outlet(long outletId) {
        return outlets.get(outletId);
    }

    public boolean published() {
        return status == StoryStatus.PUBLISHED;
    }

    public Map<Side, Integer> countsBySide() {
        return brief.coverage().countsBySide();
    }
}
