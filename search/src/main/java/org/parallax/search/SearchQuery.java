package org.parallax.search;

import java.time.Instant;
import java.util.Objects;

import org.parallax.core.model.Side;
import org.parallax.core.model.Topic;

/**
 * What a reader searches for: words, "a phrase in quotes", -excluded words, field:word (Lucene's
 * classic syntax; what it cannot read is searched as plain words), and optional filters.
 *
 * @param topic  only stories filed under it, or null
 * @param outlet only stories this outlet covered, or null
 * @param side   only stories an outlet on this side covered, or null
 * @param since  only stories seen at or after it, or null
 * @param until  only stories seen before it, or null
 * @param page   1-based
 */
public record SearchQuery(String text, Topic topic, Long outlet, Side side, Instant since, Instant until, int page) {
    public static final int MAX_TEXT = 500;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a search is at most " + MAX_TEXT + " characters");
        }
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, 1);
    }
}
