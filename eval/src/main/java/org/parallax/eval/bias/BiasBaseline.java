package org.parallax.eval.bias;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import org.parallax.eval.TfIdfFeatures;

/**
 * The usual peer: TF-IDF over words (lower-cased runs of two or more word characters, words in at
 * least two training articles, smoothed IDF, L2-normalised rows) and L2-regularised logistic
 * regression (C = 1, LIBLINEAR, one-vs-rest) trained on the training outlets' articles, each labelled
 * with its outlet's {@code baly_label}. An outlet's bucket is the class of highest mean probability
 * over its articles; its score is the mean of P(right) - P(left).
 */
final class BiasBaseline {

    private final Map<String, Integer> vocabulary;
    private final double[] idf;
    private final Model model;

    private BiasBaseline(Map<String, Integer> vocabulary, double[] idf, Model model) {
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.model = model;
    }

    /** @param labelled article texts with their bucket (-1, 0, +1) */
    static BiasBaseline fit(List<String> texts, List<Integer> buckets) {
        List<Map<String, Integer>> counts = texts.stream().map(TfIdfFeatures::counts).toList();
        Map<String, Integer> documentFrequency = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(w -> documentFrequency.merge(w, 1, Integer::sum)));
        Map<String, Integer> vocabulary = new TreeMap<>();
        documentFrequency.forEach((w, df) -> {
            if (df >= 2) {
                vocabulary.put(w, 0);
            }
        });
        int index = 1;
        for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
            e.setValue(index++);
        }
        double[] idf = new double[vocabulary.size() + 1];
        vocabulary.forEach((w, i) -> idf[i] = Math.log((1.0 + texts.size()) / (1.0 + documentFrequency.get(w))) + 1);
        Problem problem = new Problem();
        problem.l = texts.size();
        problem.n = vocabulary.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[texts.size()][];
        problem.y = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            problem.x[i] = TfIdfFeatures.vector(counts.get(i), vocabulary, idf);
            problem.y[i] = buckets.get(i);
        }
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, 1.0, 0.01));
        return new BiasBaseline(vocabulary, idf, model);
    }

    OutletPrediction predict(List<String> articles) {
        int[] labels = model.getLabels();
        double[] mean = new double[3];
        double[] p = new double[labels.length];
        for (String text : articles) {
            Linear.predictProbability(model, TfIdfFeatures.vector(TfIdfFeatures.counts(text), vocabulary, idf), p);
            for (int k = 0; k < labels.length; k++) {
                mean[labels[k] + 1] += p[k] / articles.size();
            }
        }
        int best = 0;
        for (int k = 1; k < 3; k++) {
            if (mean[k] > mean[best]) {
                best = k;
            }
        }
        return new OutletPrediction(mean[2] - mean[0], best - 1);
    }


}
