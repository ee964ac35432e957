package org.parallax.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based sentence splitting for news text. Returns spans into the original text, so every
 * sentence is an exact substring (surrounding whitespace excluded).
 *
 * <p>Rules, in order:
 * <ul>
 * <li>A blank line (a line break followed by optional spaces and another line break) always ends a
 * sentence. A single line break is ordinary whitespace.</li>
 * <li>A sentence can end only after a run of {@code . ! ? …}, followed by optional closing quotes
 * or brackets, followed by whitespace (or the end of the text). So "3.5", "U.S.-led", "Yahoo!News"
 * and "months...We" never split.</li>
 * <li>It does not end when the next word starts with a lower-case letter ("e.g. this",
 * {@code "Why?" he asked}).</li>
 * <li>After a single period, the word before it decides:
 *   <ul>
 *   <li>a title that always precedes a name ("Mr.", "Dr.", "Pres.", "Sen.", "Gov.", "Gen.", ...):
 *   never a boundary;</li>
 *   <li>"No." before a number ("No. 5"): never a boundary;</li>
 *   <li>other known abbreviations (months, US states, "St.", "Jr.", "Inc.", ...), abbreviations
 *   with inner dots ("U.S.", "p.m.") and single capital initials ("J. R. R. Tolkien"): a boundary
 *   only when the next word is a capitalised function word ("The", "He", "But", ...), which is
 *   how a sentence starts but not how a name continues ("in the U.S. The ..." splits,
 *   "U.S. President" does not).</li>
 *   </ul></li>
 * </ul>
 * Datelines ("WASHINGTON (AP) — ...") contain no sentence end and so stay in the first sentence.
 * Known limits: a quoted sentence inside a sentence ({@code "We won. We always do," he said.})
 * splits at the inner period, as in most rule-based splitters.
 */
public final class SentenceSplitter {

    /** Titles before names: a period after them never ends a sentence. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "messrs", "dr", "prof", "pres", "sen", "sens", "rep", "reps", "gov", "govs",
            "gen", "lt", "col", "maj", "capt", "cmdr", "cmdt", "adm", "sgt", "cpl", "pvt", "rev", "hon",
            "atty", "supt", "amb", "insp", "det", "fr");

    /**
     * Abbreviations that can also end a sentence ("Main St. The ...", "Acme Inc. It ..."): a boundary
     * only before a capitalised function word.
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            // months and days
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            // AP-style US state abbreviations
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
            "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
            "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
            // places, companies, misc.
            "st", "ste", "mt", "ft", "ave", "blvd", "rd", "hwy", "inc", "corp", "co", "ltd", "llc", "bros",
            "jr", "sr", "dept", "univ", "assn", "vs", "v", "etc", "approx", "est", "vol", "fig", "ch", "pp", "al");

    private static final String CLOSERS = "\"'\u201D\u2019)]\u00BB";
    private static final String OPENERS = "\"'\u201C\u2018([\u00AB";

    /** The sentences of {@code text}, in order, as spans with surrounding whitespace excluded. */
    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' && isParagraphBreak(text, i)) {
                emit(text, start, i, out);
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                start = i;
                continue;
            }
            if (isTerminal(c)) {
                int end = i + 1;
                while (end < n && isTerminal(text.charAt(end))) {
                    end++;
                }
                while (end < n && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (isBoundary(text, i, end)) {
                    emit(text, start, end, out);
                    start = end;
                }
                i = end;
                continue;
            }
            i++;
        }
        emit(text, start, n, out);
        return out;
    }

    /** The sentences of {@code text} as strings. */
    public List<String> sentences(String text) {
        return split(text).stream().map(s -> s.of(text)).toList();
    }

    /**
     * The lead of a text: its first {@code sentences} sentences, cut at {@code maxChars} characters
     * (possibly mid-word). Used to compare articles by what they open with.
     */
    public String lead(String text, int sentences, int maxChars) {
        List<Span> spans = split(text);
        int count = Math.min(sentences, spans.size());
        if (count == 0) {
            return "";
        }
        int start = spans.getFirst().start();
        int end = spans.get(count - 1).end();
        return text.substring(start, Math.min(end, start + maxChars));
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isParagraphBreak(String text, int newline) {
        for (int j = newline + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * @param punct index of the first terminal character
     * @param end   index after the terminal run and any closing quotes or brackets
     */
    private static boolean isBoundary(String text, int punct, int end) {
        int n = text.length();
        if (end >= n) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        int j = end;
        while (j < n && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= n) {
            return true;
        }
        int w = j;
        while (w < n && OPENERS.indexOf(text.charAt(w)) >= 0) {
            w++;
        }
        if (w < n && Character.isLowerCase(text.charAt(w))) {
            return false;
        }
        boolean singlePeriod = text.charAt(punct) == '.' && (punct + 1 >= n || !isTerminal(text.charAt(punct + 1)));
        if (!singlePeriod) {
            return true;
        }
        String before = wordBefore(text, punct);
        if (before.isEmpty()) {
            return true;
        }
        String lower = before.toLowerCase(Locale.ROOT);
        String next = wordAt(text, w);
        if (TITLES.contains(lower)) {
            return false;
        }
        if (lower.equals("no") && !next.isEmpty() && Character.isDigit(next.charAt(0))) {
            return false;
        }
        boolean initial = before.length() == 1 && Character.isUpperCase(before.charAt(0));
        if (initial || lower.indexOf('.') >= 0 || ABBREVIATIONS.contains(lower)) {
            return startsSentence(next);
        }
        return true;
    }

    /** A capitalised function word: how sentences start, but not how names continue. */
    private static boolean startsSentence(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && Stopwords.contains(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /** The run of letters and inner dots that ends right before {@code punct}. */
    private static String wordBefore(String text, int punct) {
        int s = punct;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        while (s < punct && text.charAt(s) == '.') {
            s++;
        }
        return text.substring(s, punct);
    }

    private static String wordAt(String text, int from) {
        int e = from;
        while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e))
                || text.charAt(e) == '\'' || text.charAt(e) == '\u2019')) {
            e++;
        }
        return text.substring(from, e);
    }

    private static void emit(String text, int start, int end, List<Span> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        for (int k = s; k < e; k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                out.add(new Span(s, e));
                return;
            }
        }
    }
}
