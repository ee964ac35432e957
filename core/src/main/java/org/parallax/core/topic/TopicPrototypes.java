package org.parallax.core.topic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return of(parse(readResource()), embedder);
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
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2) {
                throw new IllegalArgumentException("line " + number + ": expected TOPIC sentence");
            }
            out.computeIfAbsent(Topic.valueOf(parts[0]), t -> new ArrayList<>()).add(parts[1]);
        }
        return out;
    }

    private static List<String> readResource() {
        try (InputStream in = TopicPrototypes.class.getResourceAsStream("topic-prototypes.txt")) {
            if (in == null) {
                throw new IllegalStateException("topic-prototypes.txt is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
