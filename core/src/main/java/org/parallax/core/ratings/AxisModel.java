package org.parallax.core.ratings;

import java.util.ArrayList;
import java.util.List;

/**
 * One axis read off outlets' phrasing: a ridge regression of the training outlets' positions on
 * their phrase profiles ({@link PhraseTable}), fitted in its dual form (a few hundred outlets, tens
 * of thousands of phrases), weighted so that an outlet with few articles counts less. The penalty and
 * the two cut points between the three buckets are chosen by exact leave-one-out over the training
 * outlets only. The result is one weight per phrase: the supervised phrase weights that the evidence
 * shows.
 */
public final class AxisModel {

    /**
     * @param penalties     ridge penalties tried, relative to the mean squared profile norm
     * @param weightHalf    an outlet with this many articles has half the weight of a large one
     * @param selectionMin  outlets with at least this many articles decide the penalty and cut points
     */
    public record Settings(double[] penalties, double weightHalf, int selectionMin) {
        public static final Settings DEFAULT = new Settings(new double[] {0.01, 0.03, 0.1, 0.3, 1, 3}, 10, 5);
    }

    private static final double Z90 = 1.645;
    /** Articles of pooled spread blended into an outlet's own spread of article scores. */
    private static final double POOLED_ARTICLES = 5;

    private final PhraseTable table;
    private final double[] weights;   // per vocabulary position, on the standardised profile
    private final double intercept;
    private final double cutLow;
    private final double cutHigh;
    private final double penalty;
    private final double pooledSpread;

    private AxisModel(PhraseTable table, double[] weights, double intercept, double cutLow, double cutHigh,
                      double penalty) {
        this.table = table;
        this.weights = weights;
        this.intercept = intercept;
        this.cutLow = cutLow;
        this.cutHigh = cutHigh;
        this.penalty = penalty;
        this.pooledSpread = pooledSpread();
    }

    /** Fits the axis to the examples whose outlets are in the table (at least three). */
    public static AxisModel fit(PhraseTable table, List<Example> examples, Settings settings) {
        List<Example> usable = examples.stream().filter(e -> table.has(e.outlet()) && table.articleCount(e.outlet()) > 0)
                .toList();
        int n = usable.size();
        if (n < 3) {
            throw new IllegalArgumentException("an axis needs at least three training outlets with articles, got " + n);
        }
        float[][] z = new float[n][];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            Example e = usable.get(i);
            z[i] = table.profile(e.outlet());
            y[i] = e.target();
            int articles = table.articleCount(e.outlet());
            w[i] = articles / (articles + settings.weightHalf());
        }
        double[][] kernel = new double[n][n];
        double meanDiagonal = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                kernel[i][j] = kernel[j][i] = Matrices.dot(z[i], z[j]);
            }
            meanDiagonal += kernel[i][i] / n;
        }
        double interceptScale = meanDiagonal; // a nearly unpenalised constant feature of this squared size
        Fit best = null;
        for (double relative : settings.penalties()) {
            Fit fit = Fit.of(kernel, interceptScale, y, w, relative * meanDiagonal);
            double error = 0;
            double total = 0;
            for (int i = 0; i < n; i++) {
                if (table.articleCount(usable.get(i).outlet()) >= settings.selectionMin()) {
                    double r = fit.leaveOneOut[i] - y[i];
                    error += w[i] * r * r;
                    total += w[i];
                }
            }
            fit = fit.withError(total == 0 ? Double.MAX_VALUE : error / total);
            if (best == null || fit.error < best.error) {
                best = fit;
            }
        }
        double[] cuts = cuts(usable, best.leaveOneOut, table, settings.selectionMin());
        double[] phraseWeights = new double[table.size()];
        for (int i = 0; i < n; i++) {
            double a = best.alpha[i];
            float[] zi = z[i];
            for (int j = 0; j < phraseWeights.length; j++) {
                phraseWeights[j] += a * zi[j];
            }
        }
        double intercept = 0;
        for (double a : best.alpha) {
            intercept += interceptScale * a;
        }
        return new AxisModel(table, phraseWeights, intercept, cuts[0], cuts[1], best.penalty);
    }

    /** The cut points that bucket the leave-one-out predictions of the training outlets best. */
    private static double[] cuts(List<Example> usable, double[] predicted, PhraseTable table, int selectionMin) {
        double bestLow = -1.0 / 3;
        double bestHigh = 1.0 / 3;
        int bestCorrect = -1;
        for (int lo = 0; lo <= 50; lo++) {
            double low = -lo / 50.0;
            for (int hi = 0; hi <= 50; hi++) {
                double high = hi / 50.0;
                int correct = 0;
                for (int i = 0; i < usable.size(); i++) {
                    Example e = usable.get(i);
                    if (e.bucket() != null && table.articleCount(e.outlet()) >= selectionMin
                            && bucket(predicted[i], low, high) == e.bucket()) {
                        correct++;
                    }
                }
                // Ties go to the cut points nearest to a third, the even split of the scale.
                if (correct > bestCorrect || correct == bestCorrect
                        && Math.abs(low + 1.0 / 3) + Math.abs(high - 1.0 / 3)
                        < Math.abs(bestLow + 1.0 / 3) + Math.abs(bestHigh - 1.0 / 3)) {
                    bestCorrect = correct;
                    bestLow = low;
                    bestHigh = high;
                }
            }
        }
        return new double[] {bestLow, bestHigh};
    }

    private static int bucket(double score, double low, double high) {
        return score < low ? -1 : score > high ? 1 : 0;
    }

    /** The raw (unclamped) score of an outlet in the table. */
    public double rawScore(String outlet) {
        return intercept + dot(table.profile(outlet));
    }

    private double dot(float[] profile) {
        double s = 0;
        for (int j = 0; j < weights.length; j++) {
            s += weights[j] * profile[j];
        }
        return s;
    }

    /**
     * Places an outlet of the table: its score and a 90% interval from the spread of its articles'
     * scores (blended with the pooled spread, so one or two articles give a wide interval).
     */
    public Placement place(String outlet) {
        double score = rawScore(outlet);
        List<int[]> articles = table.articles(outlet);
        int n = articles.size();
        double mean = 0;
        double sq = 0;
        for (int[] a : articles) {
            double u = articleScore(a);
            mean += u / Math.max(1, n);
        }
        for (int[] a : articles) {
            double d = articleScore(a) - mean;
            sq += d * d;
        }
        double variance = (sq + POOLED_ARTICLES * pooledSpread * pooledSpread) / (Math.max(0, n - 1) + POOLED_ARTICLES);
        double standardError = Math.sqrt(Math.max(1, n) * variance) / (n + table.priorArticles());
        double half = Z90 * standardError;
        return new Placement(clamp(score), clamp(score - half), clamp(score + half), n,
                bucket(score, cutLow, cutHigh));
    }

    /**
     * One article's contribution on this axis: an outlet's score is the intercept plus the sum of its
     * articles' contributions divided by (articles + prior).
     */
    double articleScore(int[] positions) {
        double s = -offset();
        for (int j : positions) {
            s += weights[j] / table.scale(j);
        }
        return s;
    }

    private double offsetCache = Double.NaN;

    private double offset() {
        if (Double.isNaN(offsetCache)) {
            double c = 0;
            for (int j = 0; j < weights.length; j++) {
                c += weights[j] * table.mean(j) / table.scale(j);
            }
            offsetCache = c;
        }
        return offsetCache;
    }

    private double pooledSpread() {
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (String outlet : table.outlets()) {
            for (int[] a : table.articles(outlet)) {
                double u = articleScore(a);
                sum += u;
                sq += u * u;
                n++;
            }
        }
        if (n < 2) {
            return 1;
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, sq / n - mean * mean));
    }

    private static double clamp(double x) {
        return Math.max(-1, Math.min(1, x));
    }

    /** The weight of the phrase at a vocabulary position: positive pushes toward +1. */
    public double weight(int position) {
        return weights[position];
    }

    public double cutLow() {
        return cutLow;
    }

    public double cutHigh() {
        return cutHigh;
    }

    public double penalty() {
        return penalty;
    }

    public PhraseTable table() {
        return table;
    }

    /** One penalty's dual solution with its exact leave-one-out predictions. */
    private record Fit(double penalty, double[] alpha, double[] leaveOneOut, double error) {
        static Fit of(double[][] kernel, double interceptScale, double[] y, double[] w, double penalty) {
            int n = y.length;
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = kernel[i][j] + interceptScale;
                }
                a[i][i] += penalty / w[i];
            }
            double[][] inverse = Matrices.inverse(a);
            double[] alpha = Matrices.times(inverse, y);
            double[] loo = new double[n];
            for (int i = 0; i < n; i++) {
                loo[i] = y[i] - alpha[i] / inverse[i][i];
            }
            return new Fit(penalty, alpha, loo, Double.NaN);
        }

        Fit withError(double e) {
            return new Fit(penalty, alpha, leaveOneOut, e);
        }
    }

    static List<Double> scores(AxisModel model, List<String> outlets) {
        List<Double> out = new ArrayList<>();
        outlets.forEach(o -> out.add(model.rawScore(o)));
        return out;
    }
}
