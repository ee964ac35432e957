package org.parallax.web.view;

import java.util.List;

import org.parallax.store.StoryRepository.StorySummary;

/** One page of the story list, newest first. */
public record FrontPage(List<StorySummary> stories, int page, boolean hasNext) {
    public FrontPage {
        stories = List.copyOf(stories);
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
