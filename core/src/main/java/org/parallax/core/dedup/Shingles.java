package org.parallax.core.dedup;

import java.util.Arrays;
import java.util.List;

import org.parallax.core.text.Tokenizer;

/**
 * The distinct word 3-grams of a text, as 64-bit hashes, sorted. Words are {@link Tokenizer#words}
 * (lower-cased, punctuation dropped), so copies that differ only in typography, capitalisation or
 * line breaks have the same shingles.
 */
public final class Shingles {
    public static final int WORDS = 3;

    private Shingles() {
    }

    public static long[] of(String text) {
        List<String> words = Tokenizer.words(text == null ? "" : text);
        if (words.size() < WORDS) {
            return new long[0];
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = hash(words.get(i));
        }
        long[] shingles = new long[words.size() - WORDS + 1];
        for (int i = 0; i < shingles.length; i++) {
            long h = wordHashes[i];
            for (int k = 1; k < WORDS; k++) {
                h = mix(h * 0x9E3779B97F4A7C15L + wordHashes[i + k]);
            }
            shingles[i] = h;
        }
        Arrays.sort(shingles);
        return distinct(shingles);
    }

    /** FNV-1a over the word's characters, then a finaliser so that every bit depends on every character. */
    private static long hash(String word) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    /** The 64-bit finaliser of MurmurHash3. */
    static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /** The number of shingles two sorted shingle sets share. */
    static int common(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }
}
