package org.parallax.core.subjectivity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.parallax.core.brief.FactFilter;
import org.parallax.core.brief.LoadedWords;
import org.parallax.core.text.Tokenizer;

/**
 * The fact-or-opinion fallback when no sentence model is loaded (tools and tests that run without
 * one): tells a sentence that reports (OBJ) from one that judges, argues or feels (SUBJ), from cues a
 * reader would point to: the writer speaking (first and second person outside quotes),
 * prescriptions ("should", "must"), evaluative and loaded words, hedges and intensifiers,
 * rhetorical punctuation and scare quotes; against them, the marks of reporting: attribution
 * ("said", "according to"), numbers and dates. The weights are set by hand on these principles,
 * not fitted to any data set. The learned {@link LearnedSubjectivity} does better (macro-F1 0.68
 * against 0.58 on the CheckThat! 2025 English dev set) and is what the server uses.
 */
public final class CueSubjectivity implements SentenceSubjectivity {

    private static final Set<String> PRESCRIPTIVE = Set.of("should", "must", "ought", "shouldn't", "mustn't",
            "needs", "deserve", "deserves");

    private static final Set<String> EVALUATIVE = Set.of(
            "good", "bad", "better", "best", "worse", "worst", "great", "terrible", "wonderful", "excellent",
            "poor", "wrong", "right", "fair", "unfair", "beautiful", "ugly", "smart", "foolish", "silly", "wise",
            "brilliant", "masterpiece", "nonsense", "sad", "tragic", "amazing", "incredible", "remarkable",
            "important", "crucial", "vital", "essential", "necessary", "dangerous", "harmful", "irresponsible",
            "responsible", "failure", "failed", "success", "successful", "mistake", "shame", "worthy", "unworthy",
            "hope", "hopefully", "fear", "afraid", "love", "hate", "deeply", "profoundly", "truly", "really",
            "clearly", "obviously", "surely", "certainly", "simply", "merely", "just", "only", "even", "indeed",
            "perhaps", "maybe", "arguably", "seems", "seem", "apparently", "supposedly", "nothing", "everything",
            "always", "never", "ever", "entire", "whole", "utterly", "completely", "totally", "extremely", "very",
            "too", "so", "quite", "rather", "hardly", "no", "nobody", "anyone", "everyone", "lie", "myth", "truth",
            "fake", "real", "genuine", "naive", "cynical", "blatant", "naked", "pure", "sheer",
            // verbs of feeling and judging
            "regret", "regrets", "lament", "laments", "deplore", "deplores", "applaud", "applauds", "praise",
            "condemn", "condemns", "celebrate", "welcome", "ashamed", "proud");

    private static final Set<String> REPORTING = Set.of("said", "says", "told", "according", "reported",
            "announced", "stated", "confirmed", "added", "wrote", "percent", "million", "billion", "thousand");

    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself");

    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern SCARE_QUOTE = Pattern.compile("[\"“][^\"”\\s]+(\\s[^\"”\\s]+)?[.,]?[\"”]");

    /** The cue score through a logistic, so that a score of zero is the threshold 0.5. */
    @Override
    public double subjectivity(String sentence) {
        return 1 / (1 + Math.exp(-2 * score(sentence)));
    }

    @Override
    public double threshold() {
        return 0.5;
    }

    /** Above zero reads as subjective. */
    double score(String sentence) {
        List<String> words = Tokenizer.words(sentence);
        if (words.isEmpty()) {
            return -1;
        }
        double score = -0.6;
        if (FactFilter.hasFirstPersonOutsideQuotes(sentence)) {
            score += 1.0;
        }
        int evaluative = 0;
        int reporting = 0;
        boolean prescriptive = false;
        boolean secondPerson = false;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            evaluative += EVALUATIVE.contains(lower) ? 1 : 0;
            reporting += REPORTING.contains(lower) ? 1 : 0;
            prescriptive |= PRESCRIPTIVE.contains(lower);
            secondPerson |= SECOND_PERSON.contains(lower);
        }
        score += 0.35 * Math.min(evaluative, 4);
        score += 0.6 * Math.min(LoadedWords.count(sentence), 3);
        score += prescriptive ? 0.8 : 0;
        score += secondPerson ? 0.6 : 0;
        score += FactFilter.isQuestionOrExclamation(sentence) ? 0.7 : 0;
        score += SCARE_QUOTE.matcher(sentence).find() ? 0.4 : 0;
        score -= 0.5 * Math.min(reporting, 2);
        score -= NUMBER.matcher(sentence).find() ? 0.4 : 0;
        return score;
    }
}
