package org.parallax.eval.bias;

import java.util.List;

import org.parallax.eval.TfIdfClassifier;

/**
 * The usual peer: TF-IDF over words (lower-cased runs of two or more word characters, words in at
 * least two training articles, smoothed IDF, L2-normalised rows) and L2-regularised logistic
 * regression (C = 1, LIBLINEAR, one-vs-rest) trained on the training outlets' articles, each labelled
 * with its outlet's {@code baly_label}. An outlet's bucket is the class of highest mean probability
 * over its articles; its score is the mean of P(right) - P(left).
 */
final class BiasBaseline {

    private final TfIdfClassifier classifier;

    private BiasBaseline(TfIdfClassifier classifier) {
        this.classifier = classifier;
    }

    /** @param labelled article texts with their bucket (-1, 0, +1) */
    static BiasBaseline fit(List<String> texts, List<Integer> buckets) {
        return new BiasBaseline(TfIdfClassifier.fit(texts, buckets.stream().mapToDouble(b -> b).toArray(), 2));
    }

    OutletPrediction predict(List<String> articles) {
        int[] labels = classifier.labels();
        double[] mean = new double[3];
        for (String text : articles) {
            double[] p = classifier.probabilities(text);
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
