package org.parallax.core.brief;

import java.util.List;

import org.parallax.core.model.Brief;
import org.parallax.core.model.SourcedArticle;

/** Writes the brief of one story from its articles. Every sentence it outputs is copied from them. */
public interface BriefComposer {

    /** @param articles every article of the story, with its outlet; never empty */
    Brief compose(long storyId, List<SourcedArticle> articles);
}
