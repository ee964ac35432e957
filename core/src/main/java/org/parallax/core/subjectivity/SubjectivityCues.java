package org.parallax.core.subjectivity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.parallax.core.text.LoadedWords;
import org.parallax.core.text.Quotes;
import org.parallax.core.text.Tokenizer;

/**
 * The surface cues a reader points to when telling a report from an opinion, as numbers for the
 * learned model ({@link SubjectivityFeatures}): the writer speaking (first and second person),
 * prescriptions ("should", "must"), evaluative, loaded and hedging words, questions and
 * exclamations, scare quotes; and the marks of reporting: attribution verbs, numbers, quoted
 * speech. Words inside quotation marks are someone else's, so the opinion cues count only the
 * words outside them. Each cue is scaled to about [0, 1]; their weights are learned.
 */
public final class SubjectivityCues {

    /** Names of the cues, in the order of {@link #of}. */
    public static final List<String> NAMES = List.of("first_person", "second_person", "prescriptive", "evaluative",
            "loaded", "hedge", "question_or_exclamation", "scare_quote", "reporting", "number", "quoted_share",
            "length");

    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our",
            "ours", "ourselves", "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll", "let's");

    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "yourselves",
            "you're", "you've", "you'd", "you'll");

    private static final Set<String> PRESCRIPTIVE = Set.of("should", "must", "ought", "shouldn't", "mustn't",
            "needs", "deserve", "deserves", "let's");

    private static final Set<String> HEDGES = Set.of("may", "might", "could", "perhaps", "maybe", "likely",
            "unlikely", "probably", "presumably", "seems", "seem", "apparently", "arguably", "surely", "doubt",
            "suspect", "guess", "wonder", "whether");

    private static final Set<String> EVALUATIVE = Set.of(
            "good", "bad", "better", "best", "worse", "worst", "great", "terrible", "wonderful", "excellent",
            "poor", "wrong", "right", "fair", "unfair", "beautiful", "ugly", "smart", "foolish", "silly", "wise",
            "brilliant", "masterpiece", "nonsense", "sad", "tragic", "amazing", "incredible", "remarkable",
            "important", "crucial", "vital", "essential", "necessary", "dangerous", "harmful", "irresponsible",
            "responsible", "failure", "failed", "success", "successful", "mistake", "shame", "worthy", "unworthy",
            "hope", "hopefully", "fear", "afraid", "love", "hate", "deeply", "profoundly", "truly", "really",
            "clearly", "obviously", "surely", "certainly", "simply", "merely", "just", "only", "even", "indeed",
            "nothing", "everything", "always", "never", "ever", "entire", "whole", "utterly", "completely",
            "totally", "extremely", "very", "too", "so", "quite", "rather", "hardly", "nobody", "anyone",
            "everyone", "lie", "myth", "truth", "fake", "real", "genuine", "naive", "cynical", "blatant", "naked",
            "pure", "sheer", "regret", "lament", "deplore", "applaud", "praise", "condemn", "celebrate",
            "ashamed", "proud", "unfortunately", "fortunately", "sadly", "luckily", "ironically");

    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "according", "reported",
            "announced", "stated", "confirmed", "added", "wrote", "asked", "argued", "claimed", "warned", "called",
            "described", "accused", "insisted", "spokesman", "spokeswoman", "spokesperson", "statement");

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SCARE_QUOTE = Pattern.compile("[\"\u201C][^\"\u201D\\s]+(\\s[^\"\u201D\\s]+)?[.,]?[\"\u201D]");

    private SubjectivityCues() {
    }

    /** The cues of one sentence, in the order of {@link #NAMES}. */
    public static double[] of(String sentence) {
        String outside = Quotes.outside(sentence);
        List<String> all = Tokenizer.words(sentence);
        List<String> own = Tokenizer.words(outside.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        String ownCore = outside.strip();
        boolean questionOrExclamation = ownCore.endsWith("?") || ownCore.endsWith("!") || outside.contains("?");
        double quotedShare = sentence.isEmpty() ? 0 : 1 - (double) letters(outside) / Math.max(1, letters(sentence));
        return new double[] {
                cue(own, FIRST_PERSON, 2),
                cue(own, SECOND_PERSON, 2),
                cue(own, PRESCRIPTIVE, 2),
                cue(own, EVALUATIVE, 4),
                Math.min(LoadedWords.count(outside), 3) / 3.0,
                cue(own, HEDGES, 2),
                questionOrExclamation ? 1 : 0,
                SCARE_QUOTE.matcher(sentence).find() ? 1 : 0,
                cue(own, REPORTING, 2),
                DIGIT.matcher(sentence).find() ? 1 : 0,
                quotedShare,
                Math.log1p(all.size()) / Math.log(64)};
    }

    /** How many of the words are in the list, up to {@code cap}, scaled to [0, 1]. */
    private static double cue(List<String> words, Set<String> list, int cap) {
        int count = 0;
        for (String w : words) {
            count += list.contains(w) ? 1 : 0;
        }
        return Math.min(count, cap) / (double) cap;
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Character::isLetterOrDigit).count();
    }
}
