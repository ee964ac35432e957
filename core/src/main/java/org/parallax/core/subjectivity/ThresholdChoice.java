package org.parallax.core.subjectivity;

import java.util.List;

/**
 * Chooses the decision threshold of a fact-or-opinion model from held-out probabilities, so that
 * it holds up when the share of opinion changes. News differs in how much of it is opinion (the
 * CheckThat! English files: 36% of the train sentences, 52% of dev, 28% of the test), and a
 * threshold fitted to one share overcalls or undercalls at another. So the threshold maximises the
 * macro-F1 averaged over {@link #SHARES}, each computed with the held-out sentences reweighted to
 * that share of subjective ones; candidates run from 0.30 to 0.70 by 0.01, and a tie goes to the
 * one nearest 0.5.
 */
final class ThresholdChoice {

    /** The shares of subjective sentences the threshold must serve. */
    static final List<Double> SHARES = List.of(0.25, 0.35, 0.50);

    private ThresholdChoice() {
    }

    /** The chosen threshold and its mean reweighted macro-F1. */
    record Choice(double threshold, double macroF1) {
    }

    static Choice choose(double[] probabilities, boolean[] labels) {
        Choice best = null;
        for (int step = 30; step <= 70; step++) {
            double t = step / 100.0;
            double score = 0;
            for (double share : SHARES) {
                score += reweightedMacroF1(probabilities, labels, t, share);
            }
            score /= SHARES.size();
            if (best == null || score > best.macroF1()
                    || (score == best.macroF1() && Math.abs(t - 0.5) < Math.abs(best.threshold() - 0.5))) {
                best = new Choice(t, score);
            }
        }
        return best;
    }

    /** Macro-F1 at threshold {@code t} with the subjective sentences weighing {@code share} of the total. */
    static double reweightedMacroF1(double[] probabilities, boolean[] labels, double t, double share) {
        int positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        if (positives == 0 || positives == labels.length) {
            throw new IllegalArgumentException("both classes are needed to choose a threshold");
        }
        double positiveWeight = share / positives;
        double negativeWeight = (1 - share) / (labels.length - positives);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        double tn = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean predicted = probabilities[i] >= t;
            if (labels[i]) {
                tp += predicted ? positiveWeight : 0;
                fn += predicted ? 0 : positiveWeight;
            } else {
                fp += predicted ? negativeWeight : 0;
                tn += predicted ? 0 : negativeWeight;
            }
        }
        return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
    }

    private static double f1(double tp, double fp, double fn) {
        return tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
    }
}
