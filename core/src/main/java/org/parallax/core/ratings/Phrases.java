package org.parallax.core.ratings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.parallax.core.text.Quotes;
import org.parallax.core.text.Stopwords;
import org.parallax.core.text.Tokenizer;

/**
 * The phrases an article uses in its own voice: each paragraph with its quotations blanked out
 * (a quotation is someone else's words), words lower-cased and folded by the light plural stemmer,
 * numbers merged into "#", and every 1- to 3-word run that neither starts nor ends with a stopword.
 * A phrase is identified by a {@value #BITS}-bit hash of its text (a rare collision merges two rare
 * phrases; the statistics tolerate it).
 */
public final class Phrases {
    public static final int BITS = 24;
    public static final int BUCKETS = 1 << BITS;
    static final int MAX_WORDS = 3;

    private Phrases() {
    }

    /** The distinct phrase texts of an article, in first-use order. */
    public static Set<String> texts(String articleText) {
        Set<String> out = new LinkedHashSet<>();
        for (String segment : segments(articleText)) {
            List<String> words = words(segment);
            for (int i = 0; i < words.size(); i++) {
                if (Stopwords.contains(words.get(i))) {
                    continue;
                }
                StringBuilder phrase = new StringBuilder();
                for (int n = 1; n <= MAX_WORDS && i + n <= words.size(); n++) {
                    String last = words.get(i + n - 1);
                    if (n > 1) {
                        phrase.append(' ');
                    }
                    phrase.append(last);
                    if (!Stopwords.contains(last)) {
                        out.add(phrase.toString());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The runs of the text in the outlet's own voice within which a phrase may lie: paragraphs cut at
     * sentence and clause ends ({@code . ! ? ; :} before a space) and at quotations, which are left out.
     * A phrase never joins the end of one sentence to the start of the next, nor the words either side
     * of a quotation.
     */
    static List<String> segments(String articleText) {
        List<String> out = new ArrayList<>();
        for (String paragraph : articleText.split("\n")) {
            String own = Quotes.outside(paragraph);
            int start = 0;
            for (int i = 0; i < own.length(); i++) {
                char c = own.charAt(i);
                boolean quoted = c != paragraph.charAt(i);
                boolean end = ".!?;:".indexOf(c) >= 0 && (i + 1 == own.length() || Character.isWhitespace(own.charAt(i + 1)));
                if (quoted || end) {
                    if (i > start) {
                        out.add(own.substring(start, i));
                    }
                    start = i + 1;
                }
            }
            if (start < own.length()) {
                out.add(own.substring(start));
            }
        }
        return out;
    }

    /** The distinct phrase ids of an article, ascending. */
    public static int[] ids(String articleText) {
        return texts(articleText).stream().mapToInt(Phrases::id).distinct().sorted().toArray();
    }

    public static int id(String phrase) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < phrase.length(); i++) {
            h ^= phrase.charAt(i);
            h *= 0x100000001b3L;
        }
        return (int) ((h ^ (h >>> 32)) & (BUCKETS - 1));
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Tokenizer.words(text)) {
            out.add(w.chars().anyMatch(Character::isDigit) ? "#" : Tokenizer.stem(w));
        }
        return out;
    }
}
