package org.parallax.core.topic;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.parallax.core.model.Topic;

/**
 * Files a story under one {@link Topic} from two kinds of evidence: the keyword lexicon
 * ({@link TopicClassifier}) over its headlines and leads, and the cosine between the story's mean
 * sentence vector and each topic's prototype vector ({@link TopicPrototypes}).
 *
 * <p>Per topic: {@code L / (L + MIN_SCORE) + PROTOTYPE_WEIGHT × (cos - mean cos over topics)}, where
 * {@code L} is the lexicon score. The first term is 0.5 exactly when the lexicon alone would trust
 * the topic; the second is the topic's cosine above the average topic, so it adds only where the
 * story's meaning stands out towards one topic. The best topic wins when its score reaches 0.5 (as
 * the lexicon alone needs), else the story is {@link Topic#GENERAL}. Without a vector the lexicon
 * decides alone.
 */
public final class StoryTopics {

    /**
     * Weight of the prototype cosine above the average topic: a lead of 0.2 (a clear story scores
     * 0.3 to 0.6 above average on its topic, an ambiguous one under 0.15 on all) is enough on its own.
     * On 332 AllSides roundups of 2021 whose AllSides topic maps clearly onto this taxonomy, weights
     * from 1 to 4 all agreed with AllSides on 0.79 to 0.80 of stories, against 0.79 for the lexicon alone.
     */
    public static final double PROTOTYPE_WEIGHT = 2.5;

    private static final double MIN_COMBINED = 0.5;

    private final TopicClassifier lexicon;
    private final TopicPrototypes prototypes;

    public StoryTopics(TopicClassifier lexicon, TopicPrototypes prototypes) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.prototypes = Objects.requireNonNull(prototypes, "prototypes");
    }

    /**
     * This classifier as the brief composer's {@link TopicDecider}.
     *
     * @param storyVector the mean sentence vector of the articles with these ids, or null when unknown
     */
    public TopicDecider decider(Function<List<Long>, float[]> storyVector) {
        return (articles, leads) -> classify(TopicDecider.titles(articles), leads,
                storyVector.apply(articles.stream().map(a -> a.article().id()).toList()));
    }

    /**
     * @param storyVector the mean sentence vector of the story's articles, or null when unknown
     */
    public Topic classify(Collection<String> titles, Collection<String> leads, float[] storyVector) {
        if (storyVector == null) {
            return lexicon.classify(titles, leads);
        }
        Map<Topic, Double> words = lexicon.scores(titles, leads);
        Map<Topic, Double> cosines = prototypes.similarities(storyVector);
        double mean = cosines.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        Topic best = Topic.GENERAL;
        double top = Double.NEGATIVE_INFINITY;
        for (Topic topic : Topic.values()) {
            if (topic == Topic.GENERAL) {
                continue;
            }
            double l = words.getOrDefault(topic, 0.0);
            double score = l / (l + TopicClassifier.MIN_SCORE)
                    + PROTOTYPE_WEIGHT * (cosines.getOrDefault(topic, mean) - mean);
            if (score > top) {
                best = topic;
                top = score;
            }
        }
        return top >= MIN_COMBINED ? best : Topic.GENERAL;
    }
}
