package org.parallax.eval;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * The usual text-classification peer of the evaluations: {@link TfIdfFeatures} and L2-regularised
 * logistic regression with C = 1 and no class weighting (one-vs-rest for more than two classes),
 * fitted by LIBLINEAR's trust-region Newton solver (deterministic).
 */
public final class TfIdfClassifier {
    private final TfIdfFeatures features;
    private final Model model;

    private TfIdfClassifier(TfIdfFeatures features, Model model) {
        this.features = features;
        this.model = model;
    }

    /**
     * @param texts                the training texts
     * @param labels               each text's class
     * @param minDocumentFrequency words in fewer training texts are not features
     */
    public static TfIdfClassifier fit(List<String> texts, double[] labels, int minDocumentFrequency) {
        List<Map<String, Integer>> counts = texts.stream().map(TfIdfFeatures::counts).toList();
        TfIdfFeatures features = TfIdfFeatures.fit(counts, minDocumentFrequency);
        Problem problem = new Problem();
        problem.l = texts.size();
        problem.n = features.dimensions();
        problem.bias = 1;
        problem.x = new Feature[texts.size()][];
        problem.y = labels.clone();
        for (int i = 0; i < texts.size(); i++) {
            problem.x[i] = features.vector(counts.get(i));
        }
        Linear.disableDebugOutput();
        return new TfIdfClassifier(features, Linear.train(problem, new Parameter(SolverType.L2R_LR, 1.0, 0.01)));
    }

    /** The classes, in the order of {@link #probabilities}. */
    public int[] labels() {
        return model.getLabels();
    }

    /** Each class's probability for {@code text}, in the order of {@link #labels}. */
    public double[] probabilities(String text) {
        double[] p = new double[model.getNrClass()];
        Linear.predictProbability(model, features.vector(text), p);
        return p;
    }
}
