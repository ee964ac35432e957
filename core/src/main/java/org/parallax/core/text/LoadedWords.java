package org.parallax.core.text;

import java.util.Locale;
import java.util.Set;

/**
 * Words that carry a judgement or an emotion rather than information: headline verbs of combat
 * ("slams", "blasts"), intensifiers ("shocking", "stunning"), and labels ("radical", "regime",
 * "hoax"). A fact or title with fewer of them reads more neutrally. The list is small on purpose:
 * it should only catch language a neutral wire report would not use, not every word with a tone.
 * Matched on whole lower-cased words.
 */
public final class LoadedWords {

    private static final Set<String> WORDS = Set.of(
            // combat verbs of headlines
            "slam", "slams", "slammed", "blast", "blasts", "blasted", "rip", "rips", "ripped", "torch", "torches",
            "torched", "destroy", "destroys", "destroyed", "eviscerate", "eviscerates", "eviscerated", "obliterate",
            "obliterates", "obliterated", "lash", "lashes", "lashed", "mock", "mocks", "mocked", "smear", "smears",
            "smeared", "trash", "trashes", "trashed", "bash", "bashes", "bashed", "humiliate", "humiliated",
            "humiliating",
            // intensifiers and emotion
            "shocking", "stunning", "stunned", "outrage", "outraged", "outrageous", "furious", "fury", "chaos",
            "chaotic", "disaster", "disastrous", "catastrophic", "horrific", "horrifying", "terrifying", "insane",
            "absurd", "ridiculous", "ludicrous", "disgraceful", "disgusting", "shameful", "appalling", "bombshell",
            "explosive", "meltdown", "brutal", "devastating", "scathing", "jaw-dropping", "unhinged", "bizarre",
            "shameless", "embarrassing", "pathetic", "stunt", "fiasco", "debacle", "nightmare", "mendacious",
            "dishonest", "disingenuous", "hypocrisy", "hypocritical", "hyperbolic", "farcical", "reckless",
            "idiotic", "stupid", "awful", "evil", "vile", "despicable",
            // labels
            "radical", "radicals", "extremist", "extremists", "far-left", "far-right", "woke", "regime", "hoax",
            "propaganda", "lies", "liar", "liars", "lied", "tyranny", "tyrannical", "draconian", "thug", "thugs",
            "fascist", "fascists", "communist", "socialist", "elitist", "so-called", "baseless", "debunked",
            "sham", "witch hunt", "scam", "corrupt", "crooked");

    private LoadedWords() {
    }

    /** Whether a lower-cased word is loaded. */
    public static boolean isLoaded(String lowerWord) {
        return WORDS.contains(lowerWord);
    }

    /** How many words of {@code text} are loaded, counting hyphenated labels ("far-left") once. */
    public static int count(String text) {
        int n = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : Tokenizer.words(lower)) {
            if (WORDS.contains(w)) {
                n++;
            }
        }
        for (String hyphenated : new String[] {"far-left", "far-right", "so-called", "jaw-dropping", "witch hunt"}) {
            int at = lower.indexOf(hyphenated);
            while (at >= 0) {
                n++;
                at = lower.indexOf(hyphenated, at + 1);
            }
        }
        return n;
    }

    public static Set<String> all() {
        return WORDS;
    }
}
