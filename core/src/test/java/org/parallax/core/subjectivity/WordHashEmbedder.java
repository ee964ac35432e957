package org.parallax.core.subjectivity;

import java.util.ArrayList;
import java.util.List;

import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.text.Tokenizer;

/** A small real embedder for tests: lower-cased words hashed into 32 buckets, unit length. */
final class WordHashEmbedder implements SentenceEmbedder {
    static final int DIMENSIONS = 32;

    @Override
    public float[] embed(String text) {
        float[] v = new float[DIMENSIONS];
        for (String word : Tokenizer.words(text)) {
            v[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int i = 0; i < v.length && norm > 0; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>();
        for (String t : texts) {
            out.add(embed(t));
        }
        return out;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public String modelId() {
        return "word-hash-32";
    }
}
