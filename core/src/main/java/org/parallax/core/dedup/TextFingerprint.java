package org.parallax.core.dedup;

import java.util.ArrayList;
import java.util.List;

import org.parallax.core.text.Sha256;

import org.parallax.core.text.Tokenizer;

/**
 * What deduplication keeps of an article body: a hash for exact copies, and MinHash band keys
 * for near copies (locality-sensitive hashing). The body's shingles are hashed with
 * {@value #BANDS} x {@value #ROWS} seeded functions; each band key hashes {@value #ROWS}
 * minima. Two bodies whose shingle sets have Jaccard similarity s share at least one band key
 * with probability 1 - (1 - s^3)^8: 99.7% at s = 0.8, 97% at 0.7, 66% at 0.5, 20% at 0.3. A shared
 * band only makes a candidate; {@link NearDuplicates} decides on the shingles themselves.
 *
 * @param bodySha256   hex SHA-256 of the body's words (lower-cased, single spaces): equal for exact copies
 * @param bands        the {@value #BANDS} band keys, empty when the body is too short to compare
 * @param shingleCount the number of distinct shingles
 */
public record TextFingerprint(String bodySha256, List<Long> bands, int shingleCount) {
    /**
     * Bodies with fewer shingles (about 25 words) say too little to be matched: teasers and
     * "watch the video" pages would otherwise merge unrelated articles.
     */
    public static final int MIN_SHINGLES = 25;
    public static final int BANDS = 8;
    public static final int ROWS = 3;

    public TextFingerprint {
        bands = List.copyOf(bands);
    }

    public static TextFingerprint of(String text) {
        List<String> words = Tokenizer.words(text == null ? "" : text);
        long[] shingles = Shingles.of(text);
        List<Long> bands = shingles.length >= MIN_SHINGLES ? bands(shingles) : List.of();
        return new TextFingerprint(Sha256.hex(String.join(" ", words)), bands, shingles.length);
    }

    /** Whether the body is long enough to be matched with others (exactly or nearly). */
    public boolean comparable() {
        return shingleCount >= MIN_SHINGLES;
    }

    private static List<Long> bands(long[] shingles) {
        List<Long> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                long seed = Shingles.mix(0x5DEECE66DL * (band * ROWS + row + 1));
                long min = Long.MAX_VALUE;
                for (long shingle : shingles) {
                    long h = Shingles.mix(shingle ^ seed);
                    if (h < min) {
                        min = h;
                    }
                }
                key = Shingles.mix(key * 31 + min);
            }
            keys.add(key);
        }
        return keys;
    }

}
