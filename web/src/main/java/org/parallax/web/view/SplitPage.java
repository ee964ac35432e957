package org.parallax.web.view;

import java.util.List;

import org.parallax.core.model.Narrative;
import org.parallax.web.edition.ArticleSignal;
import org.parallax.web.edition.Camp;
import org.parallax.web.edition.Camp.Axis;
import org.parallax.web.edition.EditionStory;

/**
 * Two sides next to each other: on {@code /split} the stories each end of an axis favours, each with
 * the headline of that side's outlet; on {@code /stories/{id}/split} one story's sources and
 * narrative from each side. {@code swap} exchanges the columns.
 *
 * @param story  the story of a story split, or null for the edition split
 * @param others sources of a story split on neither side (centre, neutral or unrated)
 */
public record SplitPage(Axis axis, boolean swap, String path, EditionStory story, Column first, Column second,
                        List<ArticleSignal> others) {

    /** One column: the camp, and its stories (edition split) or its articles (story split). */
    public record Column(Camp camp, String heading, List<Item> items, List<Narrative> narratives) {
        public Column {
            items = List.copyOf(items);
            narratives = List.copyOf(narratives);
        }
    }

    /** A story with that side's headline for it, or (story split) just an article. */
    public record Item(EditionStory story, ArticleSignal article) {
    }

    public SplitPage {
        others = List.copyOf(others);
    }

    public String title() {
        return story == null ? "Split screen: " + axis.label().toLowerCase(java.util.Locale.ROOT)
                : "Split screen: " + story.title();
    }

    public String href(Axis on, boolean swapped) {
        return path + "?axis=" + on.key() + (swapped ? "&swap=1" : "");
    }

    public String swapHref() {
        return href(axis, !swap);
    }

    public String otherAxisHref() {
        return href(axis == Axis.LEFT_RIGHT ? Axis.ESTABLISHMENT : Axis.LEFT_RIGHT, swap);
    }

    public Axis otherAxis() {
        return axis == Axis.LEFT_RIGHT ? Axis.ESTABLISHMENT : Axis.LEFT_RIGHT;
    }

    public String shareHref() {
        return href(axis, swap);
    }
}
