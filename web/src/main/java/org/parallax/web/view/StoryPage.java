package org.parallax.web.view;

import java.util.List;
import java.util.Map;

import org.parallax.core.model.Brief;
import org.parallax.core.model.Side;
import org.parallax.core.model.Story;

/** Everything the story page shows. */
public record StoryPage(Story story, Brief brief, List<SourceLink> sources) {
    public StoryPage {
        sources = List.copyOf(sources);
    }

    public Map<Side, Integer> countsBySide() {
        return brief.coverage().countsBySide();
    }
}
