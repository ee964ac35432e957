package org.parallax.core.brief;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parallax.core.text.LoadedWords;
import org.parallax.core.text.Quotes;
import org.parallax.core.text.Tokenizer;

/**
 * The loaded words ({@link LoadedWords}) with which a news report frames a story in its own voice:
 * those outside quotation marks (inside them the framing is the speaker's), except the headline
 * verbs of combat, which in a report's sentence tell what someone else did ("Biden slammed the
 * ruling": the argument is Biden's), and "so-called", which reports mostly use to introduce a term
 * ("so-called breakthrough infections").
 */
final class FramingWords {

    private static final Set<String> REPORTING_OTHERS = Set.of(
            "slam", "slams", "slammed", "blast", "blasts", "blasted", "rip", "rips", "ripped", "torch", "torches",
            "torched", "lash", "lashes", "lashed", "mock", "mocks", "mocked", "bash", "bashes", "bashed",
            "eviscerate", "eviscerates", "eviscerated", "obliterate", "obliterates", "obliterated", "smear", "smears",
            "smeared", "trash", "trashes", "trashed");

    private static final List<String> PHRASES = LoadedWords.all().stream()
            .filter(w -> w.contains("-") || w.contains(" "))
            .filter(w -> !w.equals("so-called"))
            .sorted()
            .toList();

    private FramingWords() {
    }

    /** How many framing words the sentence uses outside quotation marks. */
    static int count(String sentence) {
        String outside = Quotes.outside(sentence).toLowerCase(Locale.ROOT);
        int n = 0;
        for (String word : Tokenizer.words(outside)) {
            if (LoadedWords.isLoaded(word) && !REPORTING_OTHERS.contains(word)) {
                n++;
            }
        }
        for (String phrase : PHRASES) {
            for (int at = outside.indexOf(phrase); at >= 0; at = outside.indexOf(phrase, at + 1)) {
                n++;
            }
        }
        return n;
    }
}
