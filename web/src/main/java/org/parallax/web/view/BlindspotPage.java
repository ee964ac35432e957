package org.parallax.web.view;

import java.util.List;

import org.parallax.core.model.Side;
import org.parallax.web.edition.EditionStory;

/** Stories of the edition that one wing all but ignores (the brief's coverage blindspot), newest first. */
public record BlindspotPage(List<Group> groups) {
    /** The stories the {@code ignoredBy} wing all but ignores. */
    public record Group(Side ignoredBy, List<EditionStory> stories) {
        public Group {
            stories = List.copyOf(stories);
        }

        public String key() {
            return ignoredBy.name().toLowerCase(java.util.Locale.ROOT);
        }

        public String heading() {
            return "Ignored by the " + ignoredBy.label().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static BlindspotPage of(List<EditionStory> stories) {
        return new BlindspotPage(List.of(Side.RIGHT, Side.LEFT).stream()
                .map(side -> new Group(side, stories.stream()
                        .filter(s -> s.brief().coverage().ignoredBy().filter(side::equals).isPresent()).toList()))
                .toList());
    }
}
