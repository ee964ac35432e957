package org.parallax.core.brief;

import java.util.List;
import java.util.regex.Pattern;

import org.parallax.core.text.LoadedWords;
import org.parallax.core.text.Tokenizer;

/**
 * What the {@link FactScorer} reads of a candidate fact, in the order of {@link #NAMES}:
 * <ul>
 * <li>{@code position} {@code 1 / (1 + index / 4)}, {@code first} (the article's opening sentence),
 * {@code relative_position} (index over the article's sentence count);</li>
 * <li>strict corroboration: {@code independent} (independent sources other than its own that the
 * {@link ClaimMatcher} credits), {@code credited_outlets}, {@code credit_score} (mean score of those
 * credits);</li>
 * <li>loose corroboration, a ranking signal only: {@code loose_outlets} (other outlets with a sentence at
 * IDF-weighted word cosine of at least {@link #LOOSE_COSINE}) and {@code loose_support} (the sum over the
 * other outlets of their closest sentence's cosine);</li>
 * <li>centrality: {@code centrality} (mean cosine with the other articles' headline and lead),
 * {@code headline} (cosine with its own article's headline), {@code article_centrality} (how typical
 * its article is of the story);</li>
 * <li>{@code opinion} (the fact-or-opinion classifier's probability of opinion), {@code loaded} (loaded
 * words, {@link LoadedWords}), {@code log_words} (log of 1 + word count), {@code back_reference} (opens
 * on a pronoun pointing back), {@code quote} (carries a quotation mark), {@code figure} (carries a
 * digit).</li>
 * </ul>
 */
public final class FactFeatures {

    /** From this word cosine another outlet's sentence counts as loosely saying the same. */
    static final double LOOSE_COSINE = 0.2;

    public static final List<String> NAMES = List.of("position", "first", "relative_position", "independent",
            "credited_outlets", "credit_score", "loose_outlets", "loose_support", "centrality", "headline",
            "article_centrality", "opinion", "loaded", "log_words", "back_reference", "quote", "figure");

    private static final Pattern QUOTE = Pattern.compile("[\"“”]");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private FactFeatures() {
    }

    /**
     * @param closestByOtherOutlet for each other outlet of the story, the cosine of its sentence closest to the fact
     */
    static double[] of(String text, int index, int sentenceCount, int independent, int creditedOutlets,
                       double creditScore, List<Double> closestByOtherOutlet, double centrality, double headline,
                       double articleCentrality, double opinion) {
        int loose = 0;
        double looseSum = 0;
        for (double cosine : closestByOtherOutlet) {
            looseSum += cosine;
            loose += cosine >= LOOSE_COSINE ? 1 : 0;
        }
        return new double[] {
                1.0 / (1.0 + index / 4.0),
                index == 0 ? 1 : 0,
                (double) index / Math.max(1, sentenceCount),
                independent,
                creditedOutlets,
                creditScore,
                loose,
                looseSum,
                centrality,
                headline,
                articleCentrality,
                opinion,
                LoadedWords.count(text),
                Math.log1p(Tokenizer.words(text).size()),
                FactFilter.startsWithBackReference(text) ? 1 : 0,
                QUOTE.matcher(text).find() ? 1 : 0,
                DIGIT.matcher(text).find() ? 1 : 0,
        };
    }
}
