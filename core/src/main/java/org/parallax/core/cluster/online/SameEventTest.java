package org.parallax.core.cluster.online;

import org.parallax.core.text.DocumentFrequencies;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The second way two reports are judged one event, for pairs that the similarity score puts below
 * the join (or merge) threshold: three outlets often tell one event in words that share little (one
 * leads with the vote, another with the reaction), while their sentence vectors still agree and they
 * name the same rare person, place or figure. Both sides must be:
 *
 * <ul>
 *   <li>close in meaning: mean cosine of their sentence vectors at least
 *       {@link OnlineGroupingSettings#sameEventCosine};</li>
 *   <li>tied by an anchor: a name or a figure (a word with a digit, two characters or more) that both
 *       mention and that few open articles mention ({@link OnlineGroupingSettings#anchorShare}), so
 *       "Trump" or "2021" ties nothing while "Kabul airport" or "1.9 trillion" does;</li>
 *   <li>close in time: within {@link OnlineGroupingSettings#sameEventWindow} of each other (undated
 *       articles, all given one time, always are).</li>
 * </ul>
 *
 * Like the rest of the grouper's state, the test reads only exact counts over the open articles,
 * so its answer does not depend on the order articles came in.
 */
final class SameEventTest {

    /** A name or figure mentioned by this many open articles is rare whatever the share. */
    static final int MIN_ANCHOR_ARTICLES = 3;

    private final OnlineGroupingSettings settings;
    private final SimilarityScorer scorer;

    SameEventTest(OnlineGroupingSettings settings, SimilarityScorer scorer) {
        this.settings = settings;
        this.scorer = scorer;
    }

    /** Whether the article reports the same event as the story. */
    boolean holds(ArticleFeatures article, StoryState story, DocumentFrequencies words, DocumentFrequencies names) {
        if (!close(article.time(), article.time(), story)) {
            return false;
        }
        double cosine = scorer.vectorScore(article, story);
        if (Double.isNaN(cosine) || cosine < settings.sameEventCosine()) {
            return false;
        }
        for (String name : article.entities()) {
            if (story.entities.containsKey(name) && rare(names.count(name), names)) {
                return true;
            }
        }
        for (String term : article.terms().keySet()) {
            if (isFigure(term) && story.termArticles.containsKey(term) && rare(words.count(term), words)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two stories report the same event. */
    boolean holds(StoryState a, StoryState b, DocumentFrequencies words, DocumentFrequencies names) {
        if (!close(a.first, a.last, b)) {
            return false;
        }
        double cosine = scorer.vectorCosine(a, b);
        if (Double.isNaN(cosine) || cosine < settings.sameEventCosine()) {
            return false;
        }
        return sharesRare(a.entities, b.entities, names, false) || sharesRare(a.termArticles, b.termArticles, words, true);
    }

    private boolean close(Instant first, Instant last, StoryState story) {
        Duration w = settings.sameEventWindow();
        return !story.last.isBefore(first.minus(w)) && !story.first.isAfter(last.plus(w));
    }

    private boolean sharesRare(Map<String, Integer> a, Map<String, Integer> b, DocumentFrequencies df,
                               boolean figuresOnly) {
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Set<String> large = (small == a ? b : a).keySet();
        for (String key : small.keySet()) {
            if ((!figuresOnly || isFigure(key)) && large.contains(key) && rare(df.count(key), df)) {
                return true;
            }
        }
        return false;
    }

    private boolean rare(int articles, DocumentFrequencies df) {
        return articles <= Math.max(MIN_ANCHOR_ARTICLES, settings.anchorShare() * df.documents());
    }

    /** A word that holds a digit and is not a single character: an amount, a count, a date, a score. */
    static boolean isFigure(String term) {
        if (term.length() < 2) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            if (Character.isDigit(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
