package org.parallax.core.topic;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parallax.core.model.Topic;
import org.parallax.core.text.Tokenizer;

/**
 * Files a story under one {@link Topic} by counting weighted cue terms of a {@link TopicLexicon}
 * in its headlines and leads.
 *
 * <p>Score of a topic = sum over its matched cues of {@code weight * (1 + ln(occurrences))}, so a
 * cue repeated by many articles counts more, but not linearly. Headline occurrences count twice.
 * The highest score wins when it reaches {@link #MIN_SCORE} (one strong cue, or a strong and a
 * weak one); ties go to the topic declared first in {@link Topic}; otherwise {@link Topic#GENERAL}.
 */
public final class TopicClassifier {

    /** Below this score no topic is trusted. */
    public static final double MIN_SCORE = 3.0;

    private final TopicLexicon lexicon;

    public TopicClassifier(TopicLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A classifier with the standard lexicon. */
    public TopicClassifier() {
        this(TopicLexicon.standard());
    }

    public Topic classify(String text) {
        return best(scores(occurrences(text, 1)));
    }

    /** Classifies a story from its headlines (counted twice) and the leads of its articles. */
    public Topic classify(Collection<String> titles, Collection<String> leads) {
        return best(scores(titles, leads));
    }

    /** Scores of every topic with a cue in the headlines (counted twice) or the leads. */
    public Map<Topic, Double> scores(Collection<String> titles, Collection<String> leads) {
        Map<TopicLexicon.Cue, Double> counts = new HashMap<>();
        titles.forEach(t -> occurrences(t, 2).forEach((c, n) -> counts.merge(c, n, Double::sum)));
        leads.forEach(t -> occurrences(t, 1).forEach((c, n) -> counts.merge(c, n, Double::sum)));
        return scores(counts);
    }

    /** Scores of every topic with at least one cue in {@code text}. */
    public Map<Topic, Double> scores(String text) {
        return scores(occurrences(text, 1));
    }

    private static Map<Topic, Double> scores(Map<TopicLexicon.Cue, Double> counts) {
        Map<Topic, Double> scores = new EnumMap<>(Topic.class);
        counts.forEach((cue, n) -> scores.merge(cue.topic(), cue.weight() * (1 + Math.log(n)), Double::sum));
        return scores;
    }

    private Map<TopicLexicon.Cue, Double> occurrences(String text, double each) {
        Map<TopicLexicon.Cue, Double> counts = new HashMap<>();
        if (text == null) {
            return counts;
        }
        List<String> words = Tokenizer.words(text).stream().map(Tokenizer::stem).toList();
        for (int i = 0; i < words.size(); i++) {
            for (TopicLexicon.Cue cue : lexicon.startingWith(words.get(i))) {
                if (matchesAt(words, i, cue.words())) {
                    counts.merge(cue, each, Double::sum);
                }
            }
        }
        return counts;
    }

    private static boolean matchesAt(List<String> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(at + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static Topic best(Map<Topic, Double> scores) {
        Topic best = Topic.GENERAL;
        double top = 0;
        for (Map.Entry<Topic, Double> e : scores.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
            }
        }
        return top >= MIN_SCORE ? best : Topic.GENERAL;
    }
}
