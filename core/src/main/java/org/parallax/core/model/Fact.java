package org.parallax.core.model;

import java.util.List;

/**
 * A sentence of reporting, copied (possibly trimmed, never reworded) from the first source's
 * article. Further sources carry the same fact in their own words.
 */
public record Fact(String text, List<SourceRef> sources) {
    public Fact {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a fact needs at least one source");
        }
        sources = List.copyOf(sources);
    }
}
