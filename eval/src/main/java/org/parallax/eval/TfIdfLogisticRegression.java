package org.parallax.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.bwaldvogel.liblinear.Feature;
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
            Map<String, Integer> c = TfIdfFeatures.counts(s.sentence());
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
            problem.x[i] = TfIdfFeatures.vector(counts.get(i), vocabulary, idf);
            problem.y[i] = train.get(i).subjective() ? 1 : 0;
        }
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, 1.0, 0.01));
        return new TfIdfLogisticRegression(vocabulary, idf, model);
    }

    /** The probability that {@code sentence} is subjective. */
    public double subjectivity(String sentence) {
        double[] probabilities = new double[2];
        Feature[] x = TfIdfFeatures.vector(TfIdfFeatures.counts(sentence), vocabulary, idf);
        Linear.predictProbability(model, x, probabilities);
        return probabilities[subjectiveLabel];
    }



}
