package org.parallax.eval;

import java.util.List;

import org.parallax.core.subjectivity.LabelledSentence;

/**
 * The usual fact-or-opinion baseline, as a peer for {@code eval subjectivity}: TF-IDF over words
 * (lower-cased runs of two or more word characters, smoothed IDF, L2-normalised rows, as
 * scikit-learn's {@code TfidfVectorizer} does by default) and L2-regularised logistic regression with
 * C = 1 and no class weighting: a {@link TfIdfClassifier} on two classes.
 */
public final class TfIdfLogisticRegression {
    private final TfIdfClassifier classifier;
    private final int subjectiveLabel;

    private TfIdfLogisticRegression(TfIdfClassifier classifier) {
        this.classifier = classifier;
        this.subjectiveLabel = classifier.labels()[0] == 1 ? 0 : 1;
    }

    /** Fits the peer to labelled sentences (both labels must occur). */
    public static TfIdfLogisticRegression fit(List<LabelledSentence> train) {
        double[] labels = new double[train.size()];
        for (int i = 0; i < train.size(); i++) {
            labels[i] = train.get(i).subjective() ? 1 : 0;
        }
        return new TfIdfLogisticRegression(
                TfIdfClassifier.fit(train.stream().map(LabelledSentence::sentence).toList(), labels, 1));
    }

    /** The probability that {@code sentence} is subjective. */
    public double subjectivity(String sentence) {
        return classifier.probabilities(sentence)[subjectiveLabel];
    }
}
