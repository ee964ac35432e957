package org.parallax.core.subjectivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.metrics.BinaryScores;

/**
 * Fits the fact-or-opinion model to labelled sentences. The regularisation and the decision
 * threshold are chosen by k-fold cross-validation on the training sentences themselves (the
 * evaluation sets are never seen): for each {@code lambda} of the grid the out-of-fold
 * probabilities are scored by macro-F1 at 0.5, the best {@code lambda} is kept (the larger on a
 * tie), then the threshold that maximises its out-of-fold macro-F1 (the one nearest 0.5 on a tie).
 * The final model is fitted to every sentence. Folds come from a fixed-seed shuffle, so training is
 * deterministic.
 */
public final class SubjectivityTrainer {

    /** Regularisation strengths tried, weakest first. */
    public static final List<Double> LAMBDAS = List.of(1e-3, 3e-3, 1e-2, 3e-2, 1e-1, 3e-1, 1.0, 3.0);
    private static final int FOLDS = 5;
    private static final long FOLD_SEED = 20250605L;

    /** The cross-validated macro-F1 and accuracy of one regularisation strength, at threshold 0.5. */
    public record LambdaScore(double lambda, double macroF1, double accuracy) {
    }

    /** The final model and what cross-validation measured on the way to it. */
    public record Training(SubjectivityModel model, List<LambdaScore> lambdaScores, double crossValidatedMacroF1,
                           double crossValidatedAccuracy, int sentences, int subjective) {
    }

    private final SentenceEmbedder embedder;

    public SubjectivityTrainer(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** Chooses lambda and threshold by cross-validation, then fits every sentence. */
    public Training train(List<LabelledSentence> sentences) {
        double[][] features = features(sentences);
        boolean[] labels = labels(sentences);
        int[] fold = folds(sentences.size());
        List<LambdaScore> scores = new ArrayList<>();
        LambdaScore best = null;
        double[] bestProbabilities = null;
        for (double lambda : LAMBDAS) {
            double[] probabilities = outOfFold(features, labels, fold, lambda);
            BinaryScores at = score(probabilities, labels, 0.5);
            LambdaScore score = new LambdaScore(lambda, at.macroF1(), at.accuracy());
            scores.add(score);
            if (best == null || score.macroF1() >= best.macroF1()) {
                best = score;
                bestProbabilities = probabilities;
            }
        }
        double threshold = 0.5;
        BinaryScores bestAtThreshold = score(bestProbabilities, labels, 0.5);
        for (int step = 30; step <= 70; step++) {
            double t = step / 100.0;
            BinaryScores at = score(bestProbabilities, labels, t);
            boolean better = at.macroF1() > bestAtThreshold.macroF1()
                    || (at.macroF1() == bestAtThreshold.macroF1() && Math.abs(t - 0.5) < Math.abs(threshold - 0.5));
            if (better) {
                threshold = t;
                bestAtThreshold = at;
            }
        }
        SubjectivityModel model = fit(features, labels, best.lambda(), threshold);
        int subjective = 0;
        for (boolean label : labels) {
            subjective += label ? 1 : 0;
        }
        return new Training(model, scores, bestAtThreshold.macroF1(), bestAtThreshold.accuracy(), sentences.size(),
                subjective);
    }

    /** Fits every sentence with a given lambda and threshold (no search): how a stored model is reproduced. */
    public SubjectivityModel fit(List<LabelledSentence> sentences, double lambda, double threshold) {
        return fit(features(sentences), labels(sentences), lambda, threshold);
    }

    private SubjectivityModel fit(double[][] features, boolean[] labels, double lambda, double threshold) {
        Standardizer standardizer = Standardizer.of(features);
        LogisticRegression.Fit fit = LogisticRegression.fit(standardizer.apply(features), labels, lambda);
        return new SubjectivityModel(embedder.modelId(), lambda, threshold,
                SubjectivityFeatures.names(embedder.dimensions()), standardizer.means(), standardizer.scales(),
                fit.weights(), fit.bias());
    }

    private double[] outOfFold(double[][] features, boolean[] labels, int[] fold, double lambda) {
        double[] probabilities = new double[features.length];
        for (int k = 0; k < FOLDS; k++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < features.length; i++) {
                if (fold[i] != k) {
                    train.add(i);
                }
            }
            double[][] x = new double[train.size()][];
            boolean[] y = new boolean[train.size()];
            for (int i = 0; i < train.size(); i++) {
                x[i] = features[train.get(i)];
                y[i] = labels[train.get(i)];
            }
            Standardizer standardizer = Standardizer.of(x);
            LogisticRegression.Fit fit = LogisticRegression.fit(standardizer.apply(x), y, lambda);
            for (int i = 0; i < features.length; i++) {
                if (fold[i] == k) {
                    probabilities[i] = fit.probability(standardizer.apply(features[i]));
                }
            }
        }
        return probabilities;
    }

    private double[][] features(List<LabelledSentence> sentences) {
        List<float[]> vectors = embedder.embedAll(sentences.stream().map(LabelledSentence::sentence).toList());
        double[][] features = new double[sentences.size()][];
        for (int i = 0; i < sentences.size(); i++) {
            features[i] = SubjectivityFeatures.of(sentences.get(i).sentence(), vectors.get(i));
        }
        return features;
    }

    private static boolean[] labels(List<LabelledSentence> sentences) {
        boolean[] labels = new boolean[sentences.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = sentences.get(i).subjective();
        }
        return labels;
    }

    private static int[] folds(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(FOLD_SEED));
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
