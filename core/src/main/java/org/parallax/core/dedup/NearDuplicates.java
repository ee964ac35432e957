package org.parallax.core.dedup;

/**
 * Confirms that two bodies are copies of one article: most of their shingles are shared
 * (resemblance), or nearly all of the shorter one's appear in the longer one (containment: a wire
 * story that one outlet cut short or extended by a paragraph). Shared MinHash bands only propose candidates;
 * this comparison decides.
 */
public final class NearDuplicates {
    /** Jaccard similarity of the shingle sets at or above which two bodies are one article. */
    public static final double MIN_RESEMBLANCE = 0.8;
    /** Share of the smaller body's shingles found in the larger at or above which they are one article. */
    public static final double MIN_CONTAINMENT = 0.9;

    private NearDuplicates() {
    }

    public static boolean sameArticle(String a, String b) {
        return sameArticle(Shingles.of(a), Shingles.of(b));
    }

    static boolean sameArticle(long[] a, long[] b) {
        if (a.length < TextFingerprint.MIN_SHINGLES || b.length < TextFingerprint.MIN_SHINGLES) {
            return false;
        }
        int shared = Shingles.common(a, b);
        double resemblance = (double) shared / (a.length + b.length - shared);
        double containment = (double) shared / Math.min(a.length, b.length);
        return resemblance >= MIN_RESEMBLANCE || containment >= MIN_CONTAINMENT;
    }
}
