package org.parallax.core.brief;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.core.text.Quotes;
import org.parallax.core.text.Span;
import org.parallax.core.text.Stopwords;

/**
 * Decides whether a sentence can stand alone as a fact, and trims what may be trimmed while the
 * result stays an exact substring of the article: a leading dateline ("WASHINGTON (AP) — "), a
 * leading attribution to a news organisation ("According to Reuters, "), and a leading connective
 * ("But ", "However, ") when what follows starts with a capital letter, and a leading section label
 * ("Why it matters: ", "Driving the news: ", any short "Xxx xxx: " opener) when what follows starts
 * like a sentence.
 *
 * <p>Rejected: questions and exclamations, also quoted ones; first person (I, we, my, our, ...) outside quotation
 * marks; unbalanced quotation marks, or a start inside a quotation opened by an earlier sentence of
 * its paragraph (the sentence is a piece of a longer quote), or a bare quotation without attribution; fewer than
 * {@code minWords} words or more than {@code maxChars} characters; no closing punctuation
 * (headings, captions) or a closing ellipsis (a truncated excerpt); boilerplate (links,
 * "Click here", "Sign up", "Photo:", "Read more", "All rights reserved", credits), bylines and
 * datelines alone; a leading connective or other dangling start that cannot be trimmed; a label of
 * furniture ("Photo:", "Update:", "Watch:", "Correction:"); a start that is no capital, digit or
 * quotation; an opening that leans on an earlier sentence ("He said", "She", "They", "It", "This
 * comes after"); fewer than four content words (not stopwords); a quotation whose speaker the
 * sentence does not name (only "he said", or no one).
 */
public final class FactFilter {

    private static final List<String> BOILERPLATE = List.of(
            "click here", "sign up", "subscribe to", "subscribe now", "newsletter", "read more", "read the full",
            "all rights reserved", "copyright", "\u00A9", "photo:", "photos:", "image:", "photograph:", "video:",
            "watch:", "listen:", "related:", "getty images", "ap photo", "file photo", "follow us", "follow him",
            "follow her", "share this", "advertisement", "contributed to this report", "contributed reporting",
            "this story has been updated", "this article has been updated", "this story was updated",
            "editor's note", "editor\u2019s note", "reporting by", "editing by", "writing by", "download the",
            "terms of use", "privacy policy", "cookies", "javascript", "http://", "https://", "www.", "@",
            "sign in", "log in", "already a subscriber", "for more news", "more from", "photo credit",
            "courtesy of", "shutterstock", "(photo", "[photo", "credit:", "click to", "tap here", "get our",
            "support our journalism", "become a member", "listen to this article", "continue reading");

    /** Words that make a sentence lean on the one before it; longer ones first. */
    private static final List<String> CONNECTIVES = List.of(
            "on the other hand", "at the same time", "in addition", "as a result", "that said", "by contrast",
            "in contrast", "for example", "for instance", "even so", "in fact",
            "but", "however", "also", "and", "yet", "still", "meanwhile", "moreover", "furthermore",
            "additionally", "nevertheless", "nonetheless", "instead", "otherwise", "then", "thus", "therefore",
            "so", "besides", "likewise", "similarly", "consequently", "hence", "plus", "or", "nor", "indeed");

    private static final Set<String> FIRST_PERSON = Set.of(
            "I", "me", "Me", "my", "My", "mine", "Mine", "myself", "Myself", "we", "We", "us", "our", "Our", "ours",
            "Ours", "ourselves", "Ourselves", "I'm", "I've", "I'd", "I'll", "we're", "We're", "we've", "We've",
            "we'd", "We'd", "we'll", "We'll", "let's", "Let's");

    private static final Set<String> WIRE_SERVICES = Set.of(
            "reuters", "the associated press", "associated press", "ap", "afp", "agence france-presse", "bloomberg",
            "upi", "dpa");

    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[A-Z][A-Z.'\u2019-]+(?:\\s+[A-Z][A-Z.'\u2019-]+){0,3}"
                    + "(?:,\\s*[A-Z][A-Za-z.'\u2019-]+(?:\\s+[A-Z][A-Za-z.'\u2019-]+)?(?:\\s+\\d{1,2})?)?"
                    + "\\s*(?:\\([A-Za-z .&-]{1,40}\\))?\\s*[\u2014\u2013-]{1,2}\\s*"
                    + "|[A-Z][A-Za-z.' ]{1,40}?\\s*\\((?:CNN|AP|Reuters|AFP|CNN Business)\\)\\s*[\u2014\u2013-]{0,2}\\s*)");

    /** A short label opening a sentence: one capitalised word and up to four more, then ": ". */
    private static final Pattern LABEL = Pattern.compile(
            "^[A-Z][\\p{L}'\u2019-]*(?:[ ,]+[\\p{L}'\u2019-]+){0,4}:\\s+");

    /** Labels of page furniture: the sentence after them is a caption, a notice or a teaser, never a fact. */
    private static final Set<String> FURNITURE_LABELS = Set.of(
            "photo", "photos", "image", "images", "video", "watch", "listen", "update", "updated", "correction",
            "clarification", "related", "read", "read more", "see also", "more", "editor's note", "editor\u2019s note",
            "note", "advertisement", "caption", "credit", "source", "sources", "trending", "recommended", "sponsored",
            "live updates", "breaking", "breaking news", "subscribe", "sign up", "opinion", "analysis");

    /** Words that leave a speaker unnamed: pronouns, speech verbs, function words. */
    private static final Set<String> UNNAMED_SPEAKER = Set.of(
            "he", "she", "they", "it", "his", "her", "their", "him", "them", "this", "that", "said", "says", "say",
            "told", "tells", "added", "adds", "asked", "asks", "wrote", "writes", "explained", "continued", "noted",
            "according", "recalled", "insisted", "argued", "claimed", "later", "then", "also", "again", "reporters");

    private static final Pattern ATTRIBUTION = Pattern.compile("^According to ([^,]{2,60}),\\s+");

    /** Fewest words that are not stopwords a fact has. */
    static final int MIN_CONTENT_WORDS = 4;

    private final int minWords;
    private final int maxChars;

    public FactFilter(int minWords, int maxChars) {
        this.minWords = minWords;
        this.maxChars = maxChars;
    }

    /** Defaults: at least 8 words, at most 400 characters. */
    public FactFilter() {
        this(8, 400);
    }

    /**
     * The part of a sentence usable as a fact, or empty when the sentence is no fact.
     *
     * @param text       the article text
     * @param sentence   a sentence span of {@code text}
     * @param outletName the article's outlet, whose name may be trimmed from a leading attribution
     */
    public Optional<Span> candidate(String text, Span sentence, String outletName) {
        Optional<Span> unlabelled = trimLabel(text, trimDateline(text, sentence));
        if (unlabelled.isEmpty()) {
            return Optional.empty();
        }
        Span span = unlabelled.get();
        span = trimAttribution(text, span, outletName);
        Optional<Span> connectiveFree = trimConnective(text, span);
        if (connectiveFree.isEmpty()) {
            return Optional.empty();
        }
        span = connectiveFree.get();
        String s = span.of(text);
        if (Quotes.openAt(text, span.start())
                || !endsLikeAStatement(s) || isQuestionOrExclamation(s) || isTruncated(s)
                || hasFirstPersonOutsideQuotes(s) || hasUnbalancedQuotes(s) || isBareQuotation(s)
                || isBoilerplate(s) || isByline(s)
                || isDatelineOnly(s) || s.length() > maxChars || words(s) < minWords
                || !startsWithCapital(s) || startsWithBackReference(s) || contentWords(s) < MIN_CONTENT_WORDS
                || hasUnnamedSpeaker(s)) {
            return Optional.empty();
        }
        return Optional.of(span);
    }

    /** Removes a leading dateline when what follows starts like a sentence. */
    public static Span trimDateline(String text, Span sentence) {
        String s = sentence.of(text);
        Matcher m = DATELINE.matcher(s);
        if (m.lookingAt() && m.end() < s.length() && startsWithCapital(s.substring(m.end()))) {
            return new Span(sentence.start() + m.end(), sentence.end());
        }
        return sentence;
    }

    /**
     * Removes a leading section label ("Why it matters: ") when what follows starts like a sentence;
     * empty when the label is page furniture ("Photo: ", "Update: ") or what follows cannot stand alone.
     */
    static Optional<Span> trimLabel(String text, Span sentence) {
        String s = sentence.of(text);
        Matcher m = LABEL.matcher(s);
        if (!m.lookingAt()) {
            return Optional.of(sentence);
        }
        String label = s.substring(0, m.end()).strip();
        label = label.substring(0, label.length() - 1).strip().toLowerCase(Locale.ROOT);
        String rest = s.substring(m.end());
        if (FURNITURE_LABELS.contains(label) || !startsWithCapital(rest) || rest.startsWith("\"")
                || rest.startsWith("\u201C")) {
            // A furniture label, a label before a fragment, or a speaker before a bare quotation.
            return Optional.empty();
        }
        return Optional.of(new Span(sentence.start() + m.end(), sentence.end()));
    }

    /** The number of words that are not stopwords. */
    static int contentWords(String sentence) {
        int n = 0;
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'\u2019]+")) {
            if (!w.isEmpty() && !Stopwords.contains(w.replace('\u2019', '\''))) {
                n++;
            }
        }
        return n;
    }

    /**
     * A sentence that quotes someone without naming them: outside its quotation marks there is no
     * word but pronouns, speech verbs and function words ("'It will hold,' he said.").
     */
    public static boolean hasUnnamedSpeaker(String sentence) {
        String outside = Quotes.outside(sentence);
        if (outside.equals(sentence)) {
            return false;
        }
        for (String w : outside.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'\u2019]+")) {
            if (!w.isEmpty() && !UNNAMED_SPEAKER.contains(w) && !Stopwords.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static Span trimAttribution(String text, Span sentence, String outletName) {
        String s = sentence.of(text);
        Matcher m = ATTRIBUTION.matcher(s);
        if (!m.lookingAt() || !startsWithCapital(s.substring(m.end()))) {
            return sentence;
        }
        String who = m.group(1).strip().toLowerCase(Locale.ROOT);
        boolean newsOrganisation = WIRE_SERVICES.contains(who)
                || (outletName != null && !outletName.isBlank() && who.contains(outletName.toLowerCase(Locale.ROOT)));
        return newsOrganisation ? new Span(sentence.start() + m.end(), sentence.end()) : sentence;
    }

    /** Removes a leading connective when what follows starts with a capital; empty if it cannot. */
    private static Optional<Span> trimConnective(String text, Span sentence) {
        String s = sentence.of(text);
        String lower = s.toLowerCase(Locale.ROOT);
        for (String connective : CONNECTIVES) {
            int n = connective.length();
            if (lower.startsWith(connective) && lower.length() > n
                    && (lower.charAt(n) == ',' || Character.isWhitespace(lower.charAt(n)))) {
                int k = n;
                while (k < s.length() && (s.charAt(k) == ',' || Character.isWhitespace(s.charAt(k)))) {
                    k++;
                }
                String rest = s.substring(k);
                if (startsWithCapital(rest) && !rest.startsWith("I ")) {
                    return Optional.of(new Span(sentence.start() + k, sentence.end()));
                }
                return Optional.empty();
            }
        }
        return Optional.of(sentence);
    }

    /** Whether a sentence opens on a short section label ("Why it matters: "), trimmed or not. */
    static boolean opensOnLabel(String sentence) {
        return LABEL.matcher(sentence).find();
    }

    /** Whether a sentence starts as one does: a capital, a digit, or a quotation mark before one. */
    static boolean startsWithCapital(String s) {
        return !s.isEmpty() && (Character.isUpperCase(s.charAt(0)) || Character.isDigit(s.charAt(0))
                || ("\"\u201C\u2018'".indexOf(s.charAt(0)) >= 0 && s.length() > 1
                && (Character.isUpperCase(s.charAt(1)) || Character.isDigit(s.charAt(1)))));
    }

    /** A question or exclamation, or a statement around a quoted question ("Why now?" he asked). */
    public static boolean isQuestionOrExclamation(String sentence) {
        String core = stripClosers(sentence);
        return core.endsWith("?") || core.endsWith("!") || sentence.contains("?");
    }

    /**
     * Ends in "..." or "…", as excerpts cut off by a feed or an aggregator do, or in a stray period
     * after a space ("and people just ."), as texts with a dropped word or link do.
     */
    public static boolean isTruncated(String sentence) {
        String core = stripClosers(sentence);
        return core.endsWith("...") || core.endsWith("\u2026")
                || (core.length() >= 2 && core.endsWith(".") && Character.isWhitespace(core.charAt(core.length() - 2)));
    }

    private static boolean endsLikeAStatement(String sentence) {
        String core = stripClosers(sentence);
        return !core.isEmpty() && ".!?\u2026".indexOf(core.charAt(core.length() - 1)) >= 0;
    }

    private static String stripClosers(String sentence) {
        int end = sentence.length();
        while (end > 0 && "\"'\u201D\u2019)]\u00BB ".indexOf(sentence.charAt(end - 1)) >= 0) {
            end--;
        }
        return sentence.substring(0, end);
    }

    /** First-person words (I, we, my, our, us, ...) in the parts of the sentence not inside quotes. */
    public static boolean hasFirstPersonOutsideQuotes(String sentence) {
        String outside = Quotes.outside(sentence);
        for (String token : outside.split("[^\\p{L}'\u2019]+")) {
            String t = token.replace('\u2019', '\'');
            while (t.startsWith("'")) {
                t = t.substring(1);
            }
            while (t.endsWith("'")) {
                t = t.substring(0, t.length() - 1);
            }
            if (FIRST_PERSON.contains(t)) {
                return true;
            }
        }
        return false;
    }


    /** A sentence that is nothing but a quotation, so says nothing about who said it. */
    public static boolean isBareQuotation(String sentence) {
        return Quotes.outside(sentence).chars().noneMatch(Character::isLetterOrDigit);
    }

    /** An odd number of straight quotes or mismatched curly quotes: a fragment of a longer quote. */
    public static boolean hasUnbalancedQuotes(String sentence) {
        int straight = 0;
        int open = 0;
        int close = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '\u201C') {
                open++;
            } else if (c == '\u201D') {
                close++;
            }
        }
        return straight % 2 != 0 || open != close;
    }

    public static boolean isBoilerplate(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String marker : BOILERPLATE) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** "By Jane Doe", "By JANE DOE and John Roe, Associated Press": a credit line, not a fact. */
    public static boolean isByline(String sentence) {
        String s = sentence.strip();
        if (!s.startsWith("By ") && !s.startsWith("BY ")) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length > 14) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            String w = words[i].replaceAll("[^\\p{L}]", "");
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !Set.of("and", "of", "the", "in", "for").contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A dateline with nothing after it ("WASHINGTON (AP) —"). */
    public static boolean isDatelineOnly(String sentence) {
        String s = sentence.strip();
        Matcher m = DATELINE.matcher(s);
        if (m.lookingAt() && m.end() >= s.length()) {
            return true;
        }
        String letters = s.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && letters.equals(letters.toUpperCase(Locale.ROOT)) && words(s) <= 6;
    }

    private static final Set<String> BACK_REFERENCES = Set.of("He", "She", "They", "It", "His", "Her", "Their",
            "Its", "This", "These", "That", "Those", "Him", "Them", "Such", "Hes", "Shes", "Theyre", "Theyve",
            "Theyll", "Thats", "Itll", "Theyd", "Hed", "Shed");

    /**
     * Openings that name nothing but lean on an earlier sentence for what they mean: "The network had
     * reported", "The move comes after", "The two met".
     */
    private static final Pattern REFERRING_OPENING = Pattern.compile(
            "^The (?:news network|network|outlet|newspaper|paper|publication|move|remarks|comments|report"
                    + "|two|pair|former|latter|three)\\b");

    /**
     * Whether the sentence opens with a pronoun that refers back to an earlier sentence ("He said", "This comes
     * after") or with a description that does ("The network had reported").
     */
    public static boolean startsWithBackReference(String sentence) {
        String s = sentence.strip();
        int space = s.indexOf(' ');
        String first = (space < 0 ? s : s.substring(0, space)).replaceAll("[^\\p{L}]", "");
        return BACK_REFERENCES.contains(first) || REFERRING_OPENING.matcher(s).lookingAt();
    }

    static int words(String s) {
        int n = 0;
        for (String w : s.split("\\s+")) {
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }
}
