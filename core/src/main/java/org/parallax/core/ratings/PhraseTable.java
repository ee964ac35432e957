package org.parallax.core.ratings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outlet x phrase statistics: for each outlet, the share of its articles that use each phrase of a
 * common vocabulary, shrunk toward the share over all outlets (an outlet with few articles says
 * little) and scaled per phrase: {@code (p - mu) / (mu (1 - mu))^power}; power 0.5 is the binomial
 * residual, which lets rare phrases dominate; a smaller power tempers them.
 * The vocabulary keeps phrases used by several outlets, so that one outlet's boilerplate (its name,
 * its sign-off) cannot be a phrase of the model.
 */
public final class PhraseTable {

    /**
     * @param minOutlets      a phrase must be used by at least this many outlets
     * @param minArticles     ... and in at least this many articles
     * @param maxArticleShare ... and in at most this share of all articles (too common says nothing)
     * @param maxPhrases      the vocabulary keeps at most this many phrases, those used by most outlets
     * @param priorArticles   shrinkage: an outlet's shares count as if it had this many more articles
     *                        that use each phrase at the overall rate
     * @param scalePower      the power of {@code mu (1 - mu)} that divides a phrase's deviation
     */
    public record Settings(int minOutlets, int minArticles, double maxArticleShare, int maxPhrases,
                           double priorArticles, double scalePower) {
        public static final Settings DEFAULT = new Settings(5, 10, 0.5, 60_000, 3, 0.5);

        public Settings withScalePower(double power) {
            return new Settings(minOutlets, minArticles, maxArticleShare, maxPhrases, priorArticles, power);
        }
    }

    private final int[] vocabulary;            // phrase ids, ascending
    private final double[] mean;               // share of all articles using the phrase
    private final double[] scale;              // (mean (1 - mean))^power
    private final Map<String, float[]> profiles;
    private final Map<String, List<int[]>> articles;
    private final double priorArticles;

    private PhraseTable(int[] vocabulary, double[] mean, double[] scale, Map<String, float[]> profiles,
                        Map<String, List<int[]>> articles, double priorArticles) {
        this.vocabulary = vocabulary;
        this.mean = mean;
        this.scale = scale;
        this.profiles = profiles;
        this.articles = articles;
        this.priorArticles = priorArticles;
    }

    /** Builds the table from each outlet's articles, each the ascending distinct phrase ids of {@link Phrases#ids}. */
    public static PhraseTable build(Map<String, List<int[]>> articlesByOutlet, Settings settings) {
        int[] articleFrequency = new int[Phrases.BUCKETS];
        int[] outletFrequency = new int[Phrases.BUCKETS];
        int[] lastOutlet = new int[Phrases.BUCKETS];
        Arrays.fill(lastOutlet, -1);
        int outletIndex = 0;
        long total = 0;
        for (List<int[]> outletArticles : articlesByOutlet.values()) {
            for (int[] ids : outletArticles) {
                total++;
                for (int id : ids) {
                    articleFrequency[id]++;
                    if (lastOutlet[id] != outletIndex) {
                        lastOutlet[id] = outletIndex;
                        outletFrequency[id]++;
                    }
                }
            }
            outletIndex++;
        }
        List<Integer> kept = new ArrayList<>();
        for (int id = 0; id < Phrases.BUCKETS; id++) {
            if (outletFrequency[id] >= settings.minOutlets() && articleFrequency[id] >= settings.minArticles()
                    && articleFrequency[id] <= settings.maxArticleShare() * total) {
                kept.add(id);
            }
        }
        if (kept.size() > settings.maxPhrases()) {
            kept.sort((a, b) -> outletFrequency[b] != outletFrequency[a]
                    ? Integer.compare(outletFrequency[b], outletFrequency[a])
                    : Integer.compare(articleFrequency[b], articleFrequency[a]));
            kept = new ArrayList<>(kept.subList(0, settings.maxPhrases()));
            Collections.sort(kept);
        }
        int[] vocabulary = kept.stream().mapToInt(Integer::intValue).toArray();
        double[] mean = new double[vocabulary.length];
        double[] scale = new double[vocabulary.length];
        for (int j = 0; j < vocabulary.length; j++) {
            mean[j] = articleFrequency[vocabulary[j]] / (double) total;
            scale[j] = Math.pow(mean[j] * (1 - mean[j]), settings.scalePower());
        }
        Map<String, float[]> profiles = new LinkedHashMap<>();
        Map<String, List<int[]>> indexed = new LinkedHashMap<>();
        articlesByOutlet.forEach((outlet, list) -> {
            List<int[]> mapped = list.stream().map(ids -> indexes(ids, vocabulary)).toList();
            indexed.put(outlet, mapped);
            profiles.put(outlet, profile(mapped, mean, scale, settings.priorArticles()));
        });
        return new PhraseTable(vocabulary, mean, scale, profiles, indexed, settings.priorArticles());
    }

    /** The vocabulary positions of an article's phrases (ascending), phrases outside it dropped. */
    private static int[] indexes(int[] ids, int[] vocabulary) {
        int[] out = new int[ids.length];
        int k = 0;
        for (int id : ids) {
            int j = Arrays.binarySearch(vocabulary, id);
            if (j >= 0) {
                out[k++] = j;
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static float[] profile(List<int[]> articles, double[] mean, double[] scale, double prior) {
        double[] counts = new double[mean.length];
        for (int[] a : articles) {
            for (int j : a) {
                counts[j]++;
            }
        }
        float[] z = new float[mean.length];
        double n = articles.size();
        for (int j = 0; j < z.length; j++) {
            double share = (counts[j] + prior * mean[j]) / (n + prior);
            z[j] = (float) ((share - mean[j]) / scale[j]);
        }
        return z;
    }

    public int size() {
        return vocabulary.length;
    }

    /** The phrase id at a vocabulary position. */
    public int phraseId(int position) {
        return vocabulary[position];
    }

    /** The vocabulary position of a phrase id, or -1 when the phrase is not in the vocabulary. */
    public int position(int phraseId) {
        int j = Arrays.binarySearch(vocabulary, phraseId);
        return j >= 0 ? j : -1;
    }

    public boolean has(String outlet) {
        return profiles.containsKey(outlet);
    }

    /** The outlet's standardised, shrunk profile (one value per vocabulary phrase); do not modify. */
    public float[] profile(String outlet) {
        return profiles.get(outlet);
    }

    /** The outlet's articles as vocabulary positions. */
    public List<int[]> articles(String outlet) {
        return articles.getOrDefault(outlet, List.of());
    }

    public int articleCount(String outlet) {
        return articles(outlet).size();
    }

    /** The overall share of articles that use the phrase at a vocabulary position. */
    public double mean(int position) {
        return mean[position];
    }

    public double scale(int position) {
        return scale[position];
    }

    public double priorArticles() {
        return priorArticles;
    }

    public List<String> outlets() {
        return List.copyOf(profiles.keySet());
    }
}
