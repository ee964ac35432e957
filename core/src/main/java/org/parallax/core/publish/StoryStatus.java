package org.parallax.core.publish;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether readers see a story in lists (front page, topic pages, feeds, {@code GET /api/stories}).
 * A developing story is still reachable by its address, with its articles and a note instead of a brief.
 */
public enum StoryStatus {
    PUBLISHED,
    DEVELOPING;

    /** The lower-case word used in the database, the JSON API and on the command line. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status named by {@code word} (any case), or empty when it names none. */
    public static Optional<StoryStatus> ofWord(String word) {
        for (StoryStatus status : values()) {
            if (status.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
