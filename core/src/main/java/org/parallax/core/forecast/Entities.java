package org.parallax.core.forecast;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.parallax.core.text.Stopwords;
import org.parallax.core.text.Tokenizer;

/**
 * The named subjects of a short text: people, places, organisations, as lower-case keys. A light
 * heuristic, not a tagger: capitalised words that are not function words, titles or calendar words;
 * known aliases and demonyms fold into one key ("Russian", "Kremlin" and "Russia" are {@code russia}).
 * In a headline written in title case every word is capitalised, so there a word counts only when
 * the accompanying text (the lead, the question's background) capitalises it too, or it is an
 * acronym or a known alias; without accompanying text every capitalised word counts.
 */
public final class Entities {

    /** Capitalised words that name no subject: honorifics, calendar words, headline furniture. */
    private static final Set<String> GENERIC = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "president", "pres", "vice", "prime", "minister",
            "secretary", "sen", "senator", "rep", "representative", "gov", "governor", "mayor", "chief", "ceo",
            "chair", "chairman", "chairwoman", "gen", "general", "col", "lt", "st", "inc", "ltd", "corp", "co",
            "breaking", "update", "updated", "live", "watch", "exclusive", "opinion", "analysis", "editorial",
            "video", "photos", "new", "news", "report", "today", "yesterday", "tomorrow", "year", "week",
            "month", "day", "first", "second", "third", "last", "next", "one", "two", "three", "yes", "no",
            "am", "pm", "gmt", "utc", "et", "q1", "q2", "q3", "q4");

    private final EntityAliases aliases;

    private Entities(EntityAliases aliases) {
        this.aliases = aliases;
    }

    /** With the alias table shipped with Parallax. */
    public static Entities standard() {
        return new Entities(EntityAliases.standard());
    }

    /**
     * The entities of a text, and the words that name them, as {@link Tokenizer#contentWords} writes
     * them (so that similarity can tell names from what is said about them).
     */
    public record Mentions(Set<String> keys, Set<String> words) {
        public Mentions {
            keys = Set.copyOf(keys);
            words = Set.copyOf(words);
        }
    }

    /** Entities of running text (a lead, a background). */
    public Set<String> of(String text) {
        return mentions(text, "", false).keys();
    }

    /**
     * Entities of a headline or a market question, which may be in title case; {@code context} (the
     * lead, the question's background) confirms which of its capitalised words are names.
     */
    public Set<String> ofHeadline(String headline, String context) {
        return mentions(headline, context, true).keys();
    }

    /** As {@link #of} ({@code headline} false) or {@link #ofHeadline}, with the naming words. */
    public Mentions mentions(String text, String context, boolean headline) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> words = new HashSet<>();
        extract(text == null ? "" : text, context == null ? "" : context, headline, keys, words);
        return new Mentions(keys, words);
    }

    private void extract(String text, String context, boolean headline, Set<String> out, Set<String> naming) {
        List<Word> words = Word.scan(text);
        List<Word> contextWords = Word.scan(context);
        Set<String> lowerSeen = new HashSet<>();
        Set<String> capitalisedInContext = new HashSet<>();
        for (Word w : words) {
            if (!w.capitalised()) {
                lowerSeen.add(w.normalised());
            }
        }
        for (Word w : contextWords) {
            (w.capitalised() ? capitalisedInContext : lowerSeen).add(w.normalised());
        }
        // Without context there is nothing to confirm a title-case word with: keep them all.
        boolean titleCase = headline && !contextWords.isEmpty() && isTitleCase(words);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.capitalised()) {
                continue;
            }
            int consumed = longestAlias(words, i, out);
            if (consumed > 0) {
                for (int k = i; k < i + consumed; k++) {
                    naming.addAll(Tokenizer.contentWords(words.get(k).text()));
                }
                i += consumed - 1;
                continue;
            }
            String norm = w.normalised();
            if (norm.length() < 2 || Stopwords.contains(norm) || GENERIC.contains(norm)) {
                continue;
            }
            if (w.acronym()) {
                out.add(norm);
            } else if (titleCase && !capitalisedInContext.contains(norm)) {
                continue;
            } else if (w.initial() && lowerSeen.contains(norm)) {
                continue; // "Officials said ..." where the text also says "officials"
            } else {
                out.add(Tokenizer.stem(norm));
            }
            naming.addAll(Tokenizer.contentWords(w.text()));
        }
    }

    /** Adds the key of the longest alias starting at word {@code start}; returns its length in words, or 0. */
    private int longestAlias(List<Word> words, int start, Set<String> out) {
        int max = Math.min(EntityAliases.MAX_WORDS, words.size() - start);
        for (int length = max; length >= 1; length--) {
            if (!words.get(start + length - 1).capitalised() || !contiguous(words, start, length)) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (int k = start; k < start + length; k++) {
                if (k > start) {
                    phrase.append(' ');
                }
                phrase.append(words.get(k).normalised());
            }
            var key = aliases.key(phrase.toString());
            if (key.isPresent()) {
                out.add(key.get());
                return length;
            }
        }
        return 0;
    }

    /** No sentence boundary inside the phrase. */
    private static boolean contiguous(List<Word> words, int start, int length) {
        for (int k = start + 1; k < start + length; k++) {
            if (words.get(k).initial()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every content word capitalised: "Putin Meets Xi in Moscow for Trade Talks". A sentence-case
     * headline or question full of names still has a verb or noun in lower case ("Will Trump pardon
     * Martin Shkreli?").
     */
    private static boolean isTitleCase(List<Word> words) {
        int content = 0;
        for (Word w : words) {
            String norm = w.normalised();
            if (norm.length() >= 3 && norm.chars().allMatch(Character::isLetter) && !Stopwords.contains(norm)
                    && !GENERIC.contains(norm)) {
                if (!w.capitalised()) {
                    return false;
                }
                content++;
            }
        }
        return content >= 3;
    }

    /** A word of the text with what the heuristic needs to know about it. */
    record Word(String text, String normalised, boolean capitalised, boolean acronym, boolean initial) {

        static List<Word> scan(String text) {
            List<Word> out = new ArrayList<>();
            int n = text.length();
            int i = 0;
            boolean initial = true;
            while (i < n) {
                char c = text.charAt(i);
                if (!Character.isLetterOrDigit(c)) {
                    if (".!?:;\"“”([—\n".indexOf(c) >= 0) {
                        initial = true;
                    }
                    i++;
                    continue;
                }
                int start = i;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '.' || d == '\'' || d == '\u2019') && i + 1 < n
                            && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                String word = text.substring(start, i);
                if (i < n && text.charAt(i) == '.' && isDottedAcronym(word)) {
                    i++; // the closing dot of "U.S." belongs to the word, not to a sentence end
                }
                out.add(of(word, initial));
                initial = false;
            }
            return out;
        }

        private static boolean isDottedAcronym(String word) {
            return word.length() >= 3 && word.charAt(1) == '.';
        }

        private static Word of(String word, boolean initial) {
            String norm = EntityAliases.normalise(word);
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            boolean hasLower = false;
            int letters = 0;
            for (int k = 0; k < word.length(); k++) {
                char ch = word.charAt(k);
                if (Character.isLetter(ch)) {
                    letters++;
                    hasLower |= Character.isLowerCase(ch);
                }
            }
            return new Word(word, norm, capitalised, capitalised && !hasLower && letters >= 2, initial);
        }
    }
}
