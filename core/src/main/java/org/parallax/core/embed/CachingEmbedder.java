package org.parallax.core.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vectors of the texts it embedded most recently. A brief is recomposed each time
 * its story grows, and its sentences are asked for by more than one reader (corroboration, the
 * fact-or-opinion classifier), so most of them were embedded moments ago. Least recently used
 * texts go first once {@code capacity} is reached. Thread-safe.
 */
public final class CachingEmbedder implements SentenceEmbedder {

    private final SentenceEmbedder model;
    private final Map<String, float[]> recent;

    public CachingEmbedder(SentenceEmbedder model, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.model = model;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        synchronized (recent) {
            for (String text : texts) {
                float[] known = recent.get(text);
                out.add(known);
                if (known == null) {
                    missing.add(text);
                }
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        // Outside the lock: the model is the slow part, and thread-safe on its own.
        List<String> distinct = missing.stream().distinct().toList();
        List<float[]> fresh = model.embedAll(distinct);
        Map<String, float[]> byText = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            byText.put(distinct.get(i), fresh.get(i));
        }
        synchronized (recent) {
            recent.putAll(byText);
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) == null) {
                out.set(i, byText.get(texts.get(i)));
            }
        }
        return out;
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public String modelId() {
        return model.modelId();
    }
}
