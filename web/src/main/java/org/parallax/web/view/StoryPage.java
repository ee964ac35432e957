package org.parallax.web.view;

import java.util.List;
import java.util.Map;

import org.parallax.core.model.Brief;
import org.parallax.core.model.Side;
import org.parallax.core.model.Story;
import org.parallax.web.edition.CoverageBar;

/** Everything the story page shows; sources in the order the reader's sliders favour. */
public record StoryPage(Story story, Brief brief, List<SourceLink> sources, CoverageBar leftRight,
                        CoverageBar establishment) {
    public StoryPage {
        sources = List.copyOf(sources);
    }

    public Map<Side, Integer> countsBySide() {
        return brief.coverage().countsBySide();
    }
}
