package org.parallax.core.brief;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.parallax.core.text.InverseDocumentFrequency;
import org.parallax.core.text.NamedEntities;
import org.parallax.core.text.Tokenizer;

/**
 * Whether a sentence of another article states the claim of a fact sentence, decided for one pair
 * of sentences at a time from measured agreement, never from the articles' being in one story:
 *
 * <ul>
 * <li><b>figures</b>: every figure of the fact (digits, or the words "two" to "twelve") is in the
 * other sentence; a sentence that leaves a figure out does not state the fact's claim, and one that
 * gives another figure states another claim ("rose 4.2%" is not "rose 3.9%");</li>
 * <li><b>dates</b>: every weekday, month and relative time ("last month", "next week") the fact
 * gives is in the other sentence too: a sentence that leaves the date out states a vaguer claim,
 * and one that gives another date states another claim;</li>
 * <li><b>words</b>: the other sentence carries at least {@link AttributionSettings#minCoverage()} of
 * the fact's content words, weighted by their IDF over the story's sentences (the story's ubiquitous
 * names weigh little);</li>
 * <li><b>meaning</b>: the cosine of the two sentence vectors (MiniLM) reaches
 * {@link AttributionSettings#minCosine()};</li>
 * <li><b>names</b>: the share of the fact's names (capitalised runs, acronyms; a name is present when
 * its last word is) missing from the other
 * sentence lowers the score; a sentence missing more than half of them is not a credit.</li>
 * </ul>
 * The score is {@code (cosine + coverage) / 2 - 0.1 * missing names share}, and a pair is credited from
 * {@link AttributionSettings#minScore()} up. Without sentence vectors the word coverage stands in for the
 * cosine, which is stricter.
 */
public final class ClaimMatcher {

    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"));
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final List<String> RELATIVE_TIMES = List.of("last week", "next week", "last month",
            "next month", "last year", "next year", "this week", "this month", "this year");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december");
    /** Month abbreviations as outlets write them before a day ("Aug. 31", "Nov 8"); "May" is a verb too often. */
    private static final Map<String, String> MONTH_ABBREVIATIONS = Map.ofEntries(
            Map.entry("jan", "january"), Map.entry("feb", "february"), Map.entry("apr", "april"),
            Map.entry("jun", "june"), Map.entry("jul", "july"), Map.entry("aug", "august"),
            Map.entry("sep", "september"), Map.entry("sept", "september"), Map.entry("oct", "october"),
            Map.entry("nov", "november"), Map.entry("dec", "december"));

    /** What of a sentence the matcher compares; build once per sentence with {@link #of}. */
    public record Claim(String text, Set<String> terms, Set<String> words, Set<String> figures, List<Set<String>> names,
                        Set<String> weekdays, Set<String> monthsAndTimes) {

        public static Claim of(String text) {
            List<String> tokens = Tokenizer.words(text);
            Set<String> words = new HashSet<>(tokens);
            Set<String> figures = Numbers.figures(text);
            Set<String> weekdays = new HashSet<>();
            Set<String> monthsAndTimes = new HashSet<>();
            for (String t : tokens) {
                String n = NUMBER_WORDS.get(t);
                if (n != null) {
                    figures.add(n);
                }
                if (WEEKDAYS.contains(t)) {
                    weekdays.add(t);
                }
                String month = month(t);
                if (month != null) {
                    monthsAndTimes.add(month);
                }
            }
            String spaced = " " + String.join(" ", tokens) + " ";
            for (String time : RELATIVE_TIMES) {
                if (spaced.contains(" " + time + " ")) {
                    monthsAndTimes.add(time);
                }
            }
            List<Set<String>> names = NamedEntities.of(text).stream()
                    .map(name -> nameTokens(name))
                    .filter(tokensOfName -> !tokensOfName.isEmpty())
                    .toList();
            return new Claim(text, new LinkedHashSet<>(Tokenizer.contentWords(text)), words, figures, names,
                    weekdays, monthsAndTimes);
        }

        /**
         * The word that identifies a name: its last one ("Biden" of "President Joe Biden", "Park" of
         * "Senator John Park"), since titles and first names are shared or dropped between outlets.
         */
        private static Set<String> nameTokens(String name) {
            List<String> words = Tokenizer.words(name).stream()
                    .filter(t -> t.length() > 1 && !WEEKDAYS.contains(t) && month(t) == null && !isJoiner(t))
                    .map(t -> t.toLowerCase(Locale.ROOT))
                    .toList();
            return words.isEmpty() ? Set.of() : Set.of(words.getLast());
        }

        /** The month a token names, full or abbreviated, or null. */
        private static String month(String t) {
            return MONTHS.contains(t) ? t : MONTH_ABBREVIATIONS.get(t);
        }

        private static boolean isJoiner(String t) {
            return t.equals("of") || t.equals("the") || t.equals("de") || t.equals("la") || t.equals("al");
        }
    }

    /**
     * The matcher's reading of one pair.
     *
     * @param veto why the pair cannot be a credit whatever its similarity ("figure", "date", "names"),
     *             or null
     */
    public record Verdict(boolean credited, double score, double cosine, double coverage, double missingNames,
                          String veto) {
    }

    /**
     * How close two content words are in meaning, from 0 (unrelated) to 1: lets a paraphrase's synonym
     * ("outlaw" for "ban", "fired" for "dismissed") count for the fact's word in the word coverage.
     */
    @FunctionalInterface
    public interface WordSimilarity {
        /** Knows only identical words. */
        WordSimilarity NONE = (a, b) -> 0;

        double of(String a, String b);
    }

    private final AttributionSettings settings;

    public ClaimMatcher(AttributionSettings settings) {
        this.settings = settings;
    }

    public ClaimMatcher() {
        this(AttributionSettings.defaults());
    }

    public AttributionSettings settings() {
        return settings;
    }

    /**
     * The cheap part of the decision, before any sentence vector: whether {@code other} agrees with the
     * fact in figures and dates and carries enough of its words to be compared by meaning at all.
     */
    public boolean worthComparing(Claim fact, Claim other, InverseDocumentFrequency idf) {
        return worthComparing(fact, other, null, idf);
    }

    /**
     * @param passage the other sentence with its neighbours in its article, whose figures and dates count
     *                for it; null to read the sentence alone
     */
    public boolean worthComparing(Claim fact, Claim other, Claim passage, InverseDocumentFrequency idf) {
        return veto(fact, other, passage) == null && coverage(fact, other, idf) >= settings.minCoverage();
    }

    /**
     * @param cosine the cosine of the two sentence vectors, or empty without a sentence model
     */
    public Verdict judge(Claim fact, Claim other, InverseDocumentFrequency idf, OptionalDouble cosine) {
        return judge(fact, other, null, idf, cosine);
    }

    /**
     * @param passage the other sentence with its neighbours in its article: a figure or date of the fact
     *                that the sentence leaves to the next or previous one still agrees (the sentence
     *                states the claim; its neighbour dates it); null to read the sentence alone
     * @param cosine  the cosine of the two sentence vectors, or empty without a sentence model
     */
    public Verdict judge(Claim fact, Claim other, Claim passage, InverseDocumentFrequency idf, OptionalDouble cosine) {
        return judge(fact, other, passage, idf, cosine, WordSimilarity.NONE);
    }

    /**
     * @param synonyms how close two words are in meaning: a fact word the other sentence does not carry
     *                 counts as carried when some word of it comes within
     *                 {@link AttributionSettings#minSynonym()} of it
     */
    public Verdict judge(Claim fact, Claim other, Claim passage, InverseDocumentFrequency idf, OptionalDouble cosine,
                         WordSimilarity synonyms) {
        double coverage = coverage(fact, other, idf, synonyms, settings.minSynonym());
        double meaning = cosine.orElse(coverage);
        double missing = missingNames(fact, other);
        double score = (meaning + coverage) / 2 - 0.1 * missing;
        String veto = veto(fact, other, passage);
        if (veto == null && missing > 0.5) {
            veto = "names";
        }
        boolean credited = veto == null && coverage >= settings.minCoverage() && meaning >= settings.minCosine()
                && score >= settings.minScore();
        return new Verdict(credited, score, meaning, coverage, missing, veto);
    }

    /** Whether a credit of this verdict is near enough the threshold to be worth an editor's look. */
    public boolean doubtful(double score) {
        return score < settings.minScore() + settings.doubtMargin();
    }

    /** IDF-weighted share of the fact's content words that the other sentence carries. */
    public static double coverage(Claim fact, Claim other, InverseDocumentFrequency idf) {
        return coverage(fact, other, idf, WordSimilarity.NONE, 1);
    }

    /**
     * IDF-weighted share of the fact's content words that the other sentence carries, itself or as a word
     * at least {@code minSynonym} close to it.
     */
    static double coverage(Claim fact, Claim other, InverseDocumentFrequency idf, WordSimilarity synonyms,
                           double minSynonym) {
        double total = 0;
        double shared = 0;
        for (String t : fact.terms()) {
            double w = idf.idf(t);
            total += w;
            if (other.terms().contains(t) || hasSynonym(t, other, synonyms, minSynonym)) {
                shared += w;
            }
        }
        return total == 0 ? 0 : shared / total;
    }

    private static boolean hasSynonym(String term, Claim other, WordSimilarity synonyms, double minSynonym) {
        if (synonyms == WordSimilarity.NONE) {
            return false;
        }
        for (String o : other.terms()) {
            if (synonyms.of(term, o) >= minSynonym) {
                return true;
            }
        }
        return false;
    }

    /** Share of the fact's names of which the other sentence has no word. */
    static double missingNames(Claim fact, Claim other) {
        if (fact.names().isEmpty()) {
            return 0;
        }
        int missing = 0;
        for (Set<String> name : fact.names()) {
            if (name.stream().noneMatch(other.words()::contains)) {
                missing++;
            }
        }
        return (double) missing / fact.names().size();
    }

    private static String veto(Claim fact, Claim other, Claim passage) {
        Claim dated = passage == null ? other : passage;
        if (!dated.figures().containsAll(fact.figures())) {
            return "figure";
        }
        if (!dated.weekdays().containsAll(fact.weekdays())
                || !dated.monthsAndTimes().containsAll(fact.monthsAndTimes())) {
            return "date";
        }
        return null;
    }

    /** Whether the sentence alone gives every figure and date of the fact, without its neighbours. */
    public static boolean selfContained(Claim fact, Claim other) {
        return veto(fact, other, null) == null;
    }
}
