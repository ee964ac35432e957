package org.parallax.core.subjectivity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.metrics.BinaryScores;

/**
 * Fits a fact-or-opinion model to labelled sentences: the regularisation {@code lambda} is the one of
 * {@link #LAMBDAS} whose held-out probabilities score the best macro-F1 at 0.5 (the larger on a tie),
 * the threshold is chosen on the same probabilities by {@link ThresholdChoice}, and the model is
 * fitted with that lambda to the training sentences. Held out means either a separate set
 * ({@link #withDevSet}: the CheckThat! dev split) or the out-of-fold probabilities of k-fold
 * cross-validation ({@link #crossValidated}: the project's own sentences, which have no dev split).
 * Folds come from a fixed-seed shuffle and the fit is exact, so training is deterministic: the same
 * sentences and vectors give the same model file.
 */
public final class SubjectivityTrainer {

    /** Regularisation strengths tried, weakest first. */
    public static final List<Double> LAMBDAS = List.of(1e-3, 3e-3, 1e-2, 3e-2, 1e-1, 3e-1, 1.0, 3.0);
    private static final int FOLDS = 5;
    private static final long FOLD_SEED = 20250605L;

    /** The held-out macro-F1 and accuracy of one regularisation strength, at threshold 0.5. */
    public record LambdaScore(double lambda, double macroF1, double accuracy) {
    }

    /**
     * The model and what was measured on the way to it: the held-out scores of each lambda, the
     * held-out macro-F1 and accuracy at the chosen threshold, and the 5-fold cross-validated ones on
     * the training sentences (the same as the held-out ones when selection was by cross-validation).
     */
    public record Training(SubjectivityModel model, String heldOut, List<LambdaScore> lambdaScores,
                           double heldOutMacroF1, double heldOutAccuracy, double crossValidatedMacroF1,
                           double crossValidatedAccuracy, int sentences, int subjective) {
    }

    private final SentenceEmbedder embedder;
    private final boolean cues;

    /** @param cues whether the surface cues follow the sentence vector among the features */
    public SubjectivityTrainer(SentenceEmbedder embedder, boolean cues) {
        this.embedder = embedder;
        this.cues = cues;
    }

    /** Selects on the out-of-fold probabilities of 5-fold cross-validation, then fits every sentence. */
    public Training crossValidated(List<LabelledSentence> sentences, String trainedOn) {
        Data data = data(sentences);
        int[] fold = folds(sentences.size());
        List<double[]> probabilities = new ArrayList<>();
        for (double lambda : LAMBDAS) {
            probabilities.add(outOfFold(data, fold, lambda));
        }
        return select(data, probabilities, data.labels, "5-fold cross-validation", trainedOn, fold);
    }

    /** Fits the training sentences with each lambda, selects on {@code dev}, and keeps that fit. */
    public Training withDevSet(List<LabelledSentence> train, List<LabelledSentence> dev, String trainedOn) {
        Data data = data(train);
        Data held = data(dev);
        List<double[]> probabilities = new ArrayList<>();
        for (double lambda : LAMBDAS) {
            SubjectivityModel model = fit(data, lambda, 0.5, trainedOn);
            double[] p = new double[held.features.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = model.probability(held.features[i]);
            }
            probabilities.add(p);
        }
        return select(data, probabilities, held.labels, "dev set (" + dev.size() + " sentences)", trainedOn,
                folds(train.size()));
    }

    /** Fits every sentence with a given lambda and threshold (no search): how a stored model is reproduced. */
    public SubjectivityModel fit(List<LabelledSentence> sentences, double lambda, double threshold, String trainedOn) {
        return fit(data(sentences), lambda, threshold, trainedOn);
    }

    private Training select(Data data, List<double[]> probabilities, boolean[] heldLabels, String heldOut,
                            String trainedOn, int[] fold) {
        List<LambdaScore> scores = new ArrayList<>();
        int best = 0;
        for (int k = 0; k < LAMBDAS.size(); k++) {
            BinaryScores at = score(probabilities.get(k), heldLabels, 0.5);
            scores.add(new LambdaScore(LAMBDAS.get(k), at.macroF1(), at.accuracy()));
            if (at.macroF1() >= scores.get(best).macroF1()) {
                best = k;
            }
        }
        double lambda = LAMBDAS.get(best);
        ThresholdChoice.Choice threshold = ThresholdChoice.choose(probabilities.get(best), heldLabels);
        BinaryScores held = score(probabilities.get(best), heldLabels, threshold.threshold());
        BinaryScores crossValidated = score(outOfFold(data, fold, lambda), data.labels, threshold.threshold());
        int subjective = 0;
        for (boolean label : data.labels) {
            subjective += label ? 1 : 0;
        }
        return new Training(fit(data, lambda, threshold.threshold(), trainedOn), heldOut, scores, held.macroF1(),
                held.accuracy(), crossValidated.macroF1(), crossValidated.accuracy(), data.labels.length, subjective);
    }

    private SubjectivityModel fit(Data data, double lambda, double threshold, String trainedOn) {
        Standardizer standardizer = Standardizer.of(data.features);
        LogisticRegression.Fit fit = LogisticRegression.fit(standardizer.apply(data.features), data.labels, lambda);
        return new SubjectivityModel(embedder.modelId(), trainedOn, lambda, threshold,
                SubjectivityFeatures.names(embedder.dimensions(), cues), standardizer.means(), standardizer.scales(),
                fit.weights(), fit.bias());
    }

    private static double[] outOfFold(Data data, int[] fold, double lambda) {
        double[] probabilities = new double[data.features.length];
        for (int k = 0; k < FOLDS; k++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != k) {
                    train.add(i);
                }
            }
            double[][] x = new double[train.size()][];
            boolean[] y = new boolean[train.size()];
            for (int i = 0; i < train.size(); i++) {
                x[i] = data.features[train.get(i)];
                y[i] = data.labels[train.get(i)];
            }
            Standardizer standardizer = Standardizer.of(x);
            LogisticRegression.Fit fit = LogisticRegression.fit(standardizer.apply(x), y, lambda);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == k) {
                    probabilities[i] = fit.probability(standardizer.apply(data.features[i]));
                }
            }
        }
        return probabilities;
    }

    /** Features and labels of labelled sentences. */
    private record Data(double[][] features, boolean[] labels) {
    }

    private Data data(List<LabelledSentence> sentences) {
        List<float[]> vectors = embedder.embedAll(sentences.stream().map(LabelledSentence::sentence).toList());
        double[][] features = new double[sentences.size()][];
        boolean[] labels = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            features[i] = SubjectivityFeatures.of(sentences.get(i).sentence(), vectors.get(i), cues);
            labels[i] = sentences.get(i).subjective();
        }
        return new Data(features, labels);
    }

    private static int[] folds(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(FOLD_SEED));
        int[] fold = new int[n];
        for (int position = 0; position < n; position++) {
            fold[order.get(position)] = position % FOLDS;
        }
        return fold;
    }

    private static BinaryScores score(double[] probabilities, boolean[] labels, double threshold) {
        BinaryScores scores = new BinaryScores();
        for (int i = 0; i < labels.length; i++) {
            scores.add(labels[i], probabilities[i] >= threshold);
        }
        return scores;
    }
}
