package org.parallax.core.metrics;

/**
 * Accuracy and macro-averaged F1 of a two-class labelling (the CheckThat! subjectivity metric:
 * the F1 of each class, averaged with equal weight).
 */
public final class BinaryScores {
    private int truePositive;
    private int falsePositive;
    private int falseNegative;
    private int trueNegative;

    /** Records one item: whether it truly is of the positive class, and whether it was labelled so. */
    public void add(boolean actual, boolean predicted) {
        if (actual && predicted) {
            truePositive++;
        } else if (predicted) {
            falsePositive++;
        } else if (actual) {
            falseNegative++;
        } else {
            trueNegative++;
        }
    }

    public int truePositives() {
        return truePositive;
    }

    public int falsePositives() {
        return falsePositive;
    }

    public int falseNegatives() {
        return falseNegative;
    }

    public int trueNegatives() {
        return trueNegative;
    }

    public int count() {
        return truePositive + falsePositive + falseNegative + trueNegative;
    }

    public double accuracy() {
        return count() == 0 ? 0 : (double) (truePositive + trueNegative) / count();
    }

    public double macroF1() {
        return (f1(truePositive, falsePositive, falseNegative) + f1(trueNegative, falseNegative, falsePositive)) / 2;
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
