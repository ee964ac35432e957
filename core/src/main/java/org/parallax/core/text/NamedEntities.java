package org.parallax.core.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A light named-entity finder for English news: runs of capitalised words ("John Kerry", "Supreme
 * Court", "Bank of England"), and acronyms ("NATO", "FBI"), lower-cased. No model, no gazetteer:
 * capitalisation is what English uses to mark names, and it is enough to tell which people, places
 * and organisations two texts share.
 *
 * <p>Rules: a word counts as capitalised when it starts with an upper-case letter; "of", "de", "van",
 * "von", "al", "bin", "la" and "the" may join two capitalised words inside a name. A single
 * capitalised word at the start of a sentence is taken only when it is not a function word ("The",
 * "But", "After"), since every sentence starts with a capital. A title-case headline ("Trump Slams
 * Kerry Over Iran Deal"), in which most words are capitalised, tells nothing: {@link #ofHeadline}
 * returns nothing for it.
 */
public final class NamedEntities {

    private static final Set<String> JOINERS = Set.of("of", "de", "van", "von", "al", "bin", "la", "the", "del", "da");

    private NamedEntities() {
    }

    /** Entities of running text (sentences), in order of first occurrence, without repeats. */
    public static List<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        List<String> tokens = tokens(text);
        boolean sentenceStart = true;
        List<String> run = new ArrayList<>();
        boolean runAtStart = false;
        for (int i = 0; i <= tokens.size(); i++) {
            String t = i < tokens.size() ? tokens.get(i) : ".";
            boolean capitalised = Character.isUpperCase(t.charAt(0));
            boolean joiner = !run.isEmpty() && JOINERS.contains(t) && i + 1 < tokens.size()
                    && Character.isUpperCase(tokens.get(i + 1).charAt(0));
            if (capitalised || joiner) {
                if (run.isEmpty()) {
                    runAtStart = sentenceStart;
                }
                run.add(t);
            } else {
                flush(run, runAtStart, out);
                run.clear();
            }
            sentenceStart = isSentenceEnd(t);
        }
        return List.copyOf(out);
    }

    /** Entities of a headline; nothing for a title-case headline, where capitals mark no names. */
    public static List<String> ofHeadline(String headline) {
        if (headline == null) {
            return List.of();
        }
        int words = 0;
        int capitalised = 0;
        for (String t : tokens(headline)) {
            if (Character.isLetter(t.charAt(0)) && !Stopwords.contains(t.toLowerCase(Locale.ROOT))) {
                words++;
                if (Character.isUpperCase(t.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words > 0 && capitalised * 3 > words * 2 ? List.of() : of(headline);
    }

    private static void flush(List<String> run, boolean atSentenceStart, Set<String> out) {
        List<String> words = new ArrayList<>(run);
        if (atSentenceStart && !words.isEmpty() && Stopwords.contains(words.getFirst().toLowerCase(Locale.ROOT))) {
            words.removeFirst(); // "The Pentagon" -> "Pentagon"; "But" -> nothing
        }
        while (!words.isEmpty() && JOINERS.contains(words.getLast())) {
            words.removeLast();
        }
        if (words.isEmpty()) {
            return;
        }
        if (words.size() == 1) {
            String w = words.getFirst();
            boolean acronym = w.length() > 1 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            if (Stopwords.contains(w.toLowerCase(Locale.ROOT)) || (atSentenceStart && !acronym && run.size() == 1)) {
                return; // a capital that only starts a sentence
            }
        }
        out.add(String.join(" ", words).toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /** Word tokens (letters, digits, inner apostrophes, dots and hyphens) and sentence punctuation. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                        || (".'\u2019-".indexOf(text.charAt(i)) >= 0 && i + 1 < n
                        && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                    i++;
                }
                String word = text.substring(start, i);
                if (word.endsWith("'s") || word.endsWith("\u2019s")) {
                    word = word.substring(0, word.length() - 2);
                }
                out.add(word);
            } else {
                if (".!?:;\"\u201C\u201D()".indexOf(c) >= 0) {
                    out.add(String.valueOf(c));
                }
                i++;
            }
        }
        return out;
    }

    private static boolean isSentenceEnd(String token) {
        return token.length() == 1 && ".!?:;\"\u201C\u201D(".indexOf(token.charAt(0)) >= 0;
    }
}
