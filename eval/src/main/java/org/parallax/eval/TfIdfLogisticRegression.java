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
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import org.parallax.core.subjectivity.LabelledSentence;

/**
 * The usual fact-or-opinion baseline, as a peer for {@code eval subjectivity}: TF-IDF over words
 * (lower-cased runs of two or more word characters, smoothed IDF, L2-normalised rows, as
 * scikit-learn's {@code TfidfVectorizer} does by default) and L2-regularised logistic regression with
 * C = 1 and no class weighting, fitted by LIBLINEAR's trust-region Newton solver (deterministic).
 */
public final class TfIdfLogisticRegression {

    private static final Pattern WORD = Pattern.compile("(?U)\\b\\w\\w+\\b");

    private final Map<String, Integer> vocabulary;
    private final double[] idf;
    private final Model model;
    private final int subjectiveLabel;

    private TfIdfLogisticRegression(Map<String, Integer> vocabulary, double[] idf, Model model) {
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.model = model;
        this.subjectiveLabel = model.getLabels()[0] == 1 ? 0 : 1;
    }

    /** Fits the peer to labelled sentences (both labels must occur). */
    public static TfIdfLogisticRegression fit(List<LabelledSentence> train) {
        Map<String, Integer> vocabulary = new TreeMap<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (LabelledSentence s : train) {
            Map<String, Integer> c = counts(s.sentence());
            counts.add(c);
            c.keySet().forEach(w -> vocabulary.putIfAbsent(w, 0));
        }
        int index = 1;
        for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
            e.setValue(index++);
        }
        int[] documentFrequency = new int[vocabulary.size() + 1];
        counts.forEach(c -> c.keySet().forEach(w -> documentFrequency[vocabulary.get(w)]++));
        double[] idf = new double[documentFrequency.length];
        for (int i = 1; i < idf.length; i++) {
            idf[i] = Math.log((1.0 + train.size()) / (1.0 + documentFrequency[i])) + 1;
        }
        Problem problem = new Problem();
        problem.l = train.size();
        problem.n = vocabulary.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[train.size()][];
        problem.y = new double[train.size()];
        for (int i = 0; i < train.size(); i++) {
            problem.x[i] = withBias(vector(counts.get(i), vocabulary, idf), vocabulary.size() + 1);
            problem.y[i] = train.get(i).subjective() ? 1 : 0;
        }
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, 1.0, 0.01));
        return new TfIdfLogisticRegression(vocabulary, idf, model);
    }

    /** The probability that {@code sentence} is subjective. */
    public double subjectivity(String sentence) {
        double[] probabilities = new double[2];
        Feature[] x = withBias(vector(counts(sentence), vocabulary, idf), vocabulary.size() + 1);
        Linear.predictProbability(model, x, probabilities);
        return probabilities[subjectiveLabel];
    }

    private static Map<String, Integer> counts(String sentence) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    /** Known words only, by increasing index, L2-normalised. */
    private static Feature[] vector(Map<String, Integer> counts, Map<String, Integer> vocabulary, double[] idf) {
        TreeMap<Integer, Double> values = new TreeMap<>();
        counts.forEach((w, c) -> {
            Integer i = vocabulary.get(w);
            if (i != null) {
                values.put(i, c * idf[i]);
            }
        });
        double norm = Math.sqrt(values.values().stream().mapToDouble(v -> v * v).sum());
        Feature[] out = new Feature[values.size()];
        int k = 0;
        for (Map.Entry<Integer, Double> e : values.entrySet()) {
            out[k++] = new FeatureNode(e.getKey(), norm > 0 ? e.getValue() / norm : 0);
        }
        return out;
    }

    private static Feature[] withBias(Feature[] x, int biasIndex) {
        Feature[] out = new Feature[x.length + 1];
        System.arraycopy(x, 0, out, 0, x.length);
        out[x.length] = new FeatureNode(biasIndex, 1);
        return out;
    }
}
