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
 * scikit-learn's {@code TfidfVectorizer} makes them: words of two or more letters, lower-cased,
 * counts times IDF, L2-normalised, for liblinear with a bias feature last.
 */
public final class TfIdfFeatures {
    private static final Pattern WORD = Pattern.compile("(?U)\\b\\w\\w+\\b");

    private TfIdfFeatures() {
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

    /** Known words only, by increasing index (1-based in {@code vocabulary}), L2-normalised, the bias feature last. */
    public static Feature[] vector(Map<String, Integer> counts, Map<String, Integer> vocabulary, double[] idf) {
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
