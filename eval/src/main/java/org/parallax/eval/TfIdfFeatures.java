package org.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;

/**
 * The TF-IDF features of the evaluation peers (fact-or-opinion and outlet-bias baselines), as
 * scikit-learn's {@code TfidfVectorizer} makes them: words of two or more letters, lower-cased, a
 * vocabulary of the training texts' words in alphabetical order, smoothed IDF, counts times IDF,
 * L2-normalised, for liblinear with a bias feature last.
 */
public final class TfIdfFeatures {
    private static final Pattern WORD = Pattern.compile("(?U)\\b\\w\\w+\\b");

    private final Map<String, Integer> vocabulary;
    private final double[] idf;

    private TfIdfFeatures(Map<String, Integer> vocabulary, double[] idf) {
        this.vocabulary = vocabulary;
        this.idf = idf;
    }

    /**
     * The vocabulary and IDF of training texts.
     *
     * @param counts               each training text's word counts ({@link #counts})
     * @param minDocumentFrequency words in fewer training texts are left out
     */
    public static TfIdfFeatures fit(List<Map<String, Integer>> counts, int minDocumentFrequency) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(w -> documentFrequency.merge(w, 1, Integer::sum)));
        Map<String, Integer> vocabulary = new TreeMap<>();
        documentFrequency.forEach((w, df) -> {
            if (df >= minDocumentFrequency) {
                vocabulary.put(w, 0);
            }
        });
        int index = 1;
        for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
            e.setValue(index++);
        }
        double[] idf = new double[vocabulary.size() + 1];
        vocabulary.forEach((w, i) -> idf[i] = Math.log((1.0 + counts.size()) / (1.0 + documentFrequency.get(w))) + 1);
        return new TfIdfFeatures(vocabulary, idf);
    }

    /** How often each word occurs in {@code text}. */
    public static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    /** The number of features of a vector: one per vocabulary word, and the bias. */
    public int dimensions() {
        return vocabulary.size() + 1;
    }

    /** The features of a text. */
    public Feature[] vector(String text) {
        return vector(counts(text));
    }

    /** Known words only, by increasing index (1-based in the vocabulary), L2-normalised, the bias feature last. */
    public Feature[] vector(Map<String, Integer> counts) {
        TreeMap<Integer, Double> values = new TreeMap<>();
        counts.forEach((w, c) -> {
            Integer i = vocabulary.get(w);
            if (i != null) {
                values.put(i, c * idf[i]);
            }
        });
        double norm = Math.sqrt(values.values().stream().mapToDouble(v -> v * v).sum());
        List<Feature> out = new ArrayList<>(values.size() + 1);
        values.forEach((i, v) -> out.add(new FeatureNode(i, norm > 0 ? v / norm : 0)));
        out.add(new FeatureNode(vocabulary.size() + 1, 1));
        return out.toArray(Feature[]::new);
    }
}
