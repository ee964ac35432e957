package org.parallax.core.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
        try (InputStream in = EntityAliases.class.getResourceAsStream("entity-aliases.txt")) {
            if (in == null) {
                throw new IllegalStateException("entity-aliases.txt is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EntityAliases parse(List<String> lines) {
        Map<String, String> map = new HashMap<>();
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("entity aliases line " + number + ": expected KEY: alias, ...");
            }
            String key = line.substring(0, colon).strip();
            for (String alias : line.substring(colon + 1).split(",")) {
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
