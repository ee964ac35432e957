package org.parallax.core.forecast;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parallax.core.text.DataLines;

/**
 * Names that mean one subject ("U.S.", "American", "United States" are all {@code us}), read from
 * lines {@code key: alias, alias, ...}; see {@code entity-aliases.txt} next to this class.
 */
final class EntityAliases {

    /** Longest alias, in words. */
    static final int MAX_WORDS = 6;

    private final Map<String, String> keyByPhrase;

    private EntityAliases(Map<String, String> keyByPhrase) {
        this.keyByPhrase = Map.copyOf(keyByPhrase);
    }

    static EntityAliases standard() {
        return parse(DataLines.resource(EntityAliases.class, "entity-aliases.txt"));
    }

    static EntityAliases parse(List<String> lines) {
        Map<String, String> map = new HashMap<>();
        for (DataLines.Line line : DataLines.content(lines)) {
            int colon = line.text().indexOf(':');
            if (colon <= 0) {
                throw line.expected("KEY: alias, ... in the entity aliases");
            }
            String key = line.text().substring(0, colon).strip();
            for (String alias : line.text().substring(colon + 1).split(",")) {
                String phrase = phrase(alias);
                if (!phrase.isEmpty()) {
                    map.put(phrase, key);
                }
            }
        }
        return new EntityAliases(map);
    }

    /** The key of a phrase of normalised words ({@link #normalise}), joined by single spaces. */
    Optional<String> key(String phrase) {
        return Optional.ofNullable(keyByPhrase.get(phrase));
    }

    /** A word as aliases are keyed: lower case, dots and possessive "'s" removed, curly apostrophes straightened. */
    static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace(".", "");
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String phrase(String alias) {
        StringBuilder out = new StringBuilder();
        for (String word : alias.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(normalise(word));
            }
        }
        return out.toString();
    }
}
