package org.parallax.core.topic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parallax.core.text.DataLines;
import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.embed.Vectors;
import org.parallax.core.model.Topic;

/**
 * Each topic as a point in sentence-vector space: the mean vector of a few news-style sentences
 * about it ({@code topic-prototypes.txt}). A story's similarity to a topic is the cosine between its
 * mean vector and the topic's. This catches stories that the keyword lexicon misses because they
 * use none of its words, with the same model that groups stories.
 */
public final class TopicPrototypes {

    private final Map<Topic, float[]> centres;

    private TopicPrototypes(Map<Topic, float[]> centres) {
        this.centres = centres;
    }

    /** Embeds the shipped prototype sentences (some dozens of texts, once at start-up). */
    public static TopicPrototypes standard(SentenceEmbedder embedder) {
        return of(parse(DataLines.resource(TopicPrototypes.class, "topic-prototypes.txt")), embedder);
    }

    /** Prototypes from sentences per topic. */
    public static TopicPrototypes of(Map<Topic, List<String>> sentences, SentenceEmbedder embedder) {
        Map<Topic, float[]> centres = new EnumMap<>(Topic.class);
        sentences.forEach((topic, texts) -> {
            float[] sum = new float[embedder.dimensions()];
            for (float[] v : embedder.embedAll(texts)) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += v[i];
                }
            }
            centres.put(topic, Vectors.unit(sum));
        });
        return new TopicPrototypes(centres);
    }

    /** Cosine of the (unit or not) story vector with each topic that has prototypes. */
    public Map<Topic, Double> similarities(float[] storyVector) {
        float[] unit = Vectors.unit(storyVector);
        Map<Topic, Double> out = new EnumMap<>(Topic.class);
        centres.forEach((topic, centre) -> out.put(topic, Vectors.dot(unit, centre)));
        return out;
    }

    static Map<Topic, List<String>> parse(List<String> lines) {
        Map<Topic, List<String>> out = new LinkedHashMap<>();
        for (DataLines.Line line : DataLines.content(lines)) {
            String[] parts = line.text().split("\\s+", 2);
            if (parts.length < 2) {
                throw line.expected("TOPIC sentence");
            }
            out.computeIfAbsent(Topic.valueOf(parts[0]), t -> new ArrayList<>()).add(parts[1]);
        }
        return out;
    }
}
