package org.parallax.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word tokens for grouping and composition. A word is a run of letters and digits, which may
 * contain inner apostrophes ("don't"), and inner dots between letters or digits ("U.S.", "3.5").
 * Hyphens split words ("D-Mass." gives "d" and "mass"). Curly apostrophes become straight ones.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** Lower-cased word tokens in text order, possessive "'s" removed. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if (isInner(c) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            out.add(normalize(text.substring(start, i)));
        }
        return out;
    }

    /**
     * Words that say what a text is about: {@link #words} without stopwords and one-character
     * tokens, each reduced by {@link #stem}.
     */
    public static List<String> contentWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            if (w.length() > 1 && !Stopwords.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /**
     * A deliberately light stemmer (Harman's "S" stemmer): folds plurals only, which is what
     * matters most for matching headlines and leads ("talks"/"talk", "tariffs"/"tariff") and
     * never merges unrelated words the way aggressive suffix strippers do.
     */
    public static String stem(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 3 && word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees")
                && !word.endsWith("oes")) {
            return word.substring(0, n - 1);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss")
                && !word.endsWith("is")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static boolean isInner(char c) {
        return c == '\'' || c == '\u2019' || c == '.';
    }

    private static String normalize(String token) {
        String w = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s") && w.length() > 2) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }
}
