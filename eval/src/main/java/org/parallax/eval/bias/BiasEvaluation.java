package org.parallax.eval.bias;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.parallax.core.ratings.AxisModel;
import org.parallax.core.ratings.Example;
import org.parallax.core.ratings.PhraseTable;
import org.parallax.core.ratings.Placement;

/**
 * Scores the phrase model and the TF-IDF peer on outlets that are not among the training outlets:
 * labels come only from training outlets (an outlet of the same name or domain group as a scored one
 * is dropped from training); phrase statistics use every article given.
 */
public final class BiasEvaluation {
    /** Outlets with fewer articles than this are not scored. */
    public static final int MIN_ARTICLES = 5;

    /**
     * @param accuracy  three-way accuracy against {@code baly_label} (outlets labelled left, center or right)
     * @param spearman  Spearman's correlation of the score with {@code allsides_rating} on -2..2
     * @param outlets   outlets scored (at least {@value #MIN_ARTICLES} articles and a label)
     */
    public record Figures(double accuracy, double spearman, int outlets, int accuracyOutlets, int spearmanOutlets) {
    }

    /** @param baseline whether to fit and score the TF-IDF peer too */
    public record Options(PhraseTable.Settings phrases, boolean baseline) {
        public static final Options DEFAULT = new Options(PhraseTable.Settings.DEFAULT, true);
    }

    public record Result(Figures model, Figures baseline, int trainingOutlets, int phrases, double penalty) {
    }

    private BiasEvaluation() {
    }

    public static Result run(List<BiasOutlet> scored, BiasCorpus scoredArticles, List<BiasOutlet> train,
                             BiasCorpus trainArticles, Options options) {
        Set<String> heldNames = new HashSet<>();
        Set<String> heldGroups = new HashSet<>();
        scored.forEach(o -> {
            heldNames.add(o.name());
            if (!o.domainGroup().isBlank()) {
                heldGroups.add(o.domainGroup());
            }
        });
        List<BiasOutlet> training = train.stream()
                .filter(o -> !heldNames.contains(o.name()) && !heldGroups.contains(o.domainGroup()))
                .filter(o -> trainArticles.articles(o.name()) > 0 && (o.bucket() != null || o.allsidesPoint() != null))
                .toList();
        List<BiasOutlet> judged = scored.stream().filter(o -> scoredArticles.articles(o.name()) >= MIN_ARTICLES)
                .filter(o -> o.bucket() != null || o.allsidesPoint() != null).toList();

        BiasCorpus all = scoredArticles.with(trainArticles);
        PhraseTable table = PhraseTable.build(all.phrases(), options.phrases());
        List<Example> examples = training.stream().map(BiasEvaluation::example).toList();
        AxisModel axis = AxisModel.fit(table, examples, AxisModel.Settings.DEFAULT);
        Figures model = figures(judged, o -> {
            Placement p = axis.place(o.name());
            return new OutletPrediction(axis.rawScore(o.name()), p.bucket());
        });

        if (!options.baseline()) {
            return new Result(model, new Figures(Double.NaN, Double.NaN, 0, 0, 0), training.size(), table.size(),
                    axis.penalty());
        }
        List<String> texts = new ArrayList<>();
        List<Integer> buckets = new ArrayList<>();
        for (BiasOutlet o : training) {
            if (o.bucket() != null) {
                for (String t : trainArticles.texts().get(o.name())) {
                    texts.add(t);
                    buckets.add(o.bucket());
                }
            }
        }
        BiasBaseline baseline = BiasBaseline.fit(texts, buckets);
        Figures peer = figures(judged, o -> baseline.predict(scoredArticles.texts().get(o.name())));
        return new Result(model, peer, training.size(), table.size(), axis.penalty());
    }

    /**
     * The training target: AllSides' 5-point rating scaled to -1..1 where there is one, else the
     * three-way label at +-0.75 (the mean of "lean" and "far" on the 5-point scale).
     */
    static Example example(BiasOutlet o) {
        Integer point = o.allsidesPoint();
        double target = point != null ? point / 2.0 : o.bucket() * 0.75;
        return new Example(o.name(), target, o.bucket());
    }

    static Figures figures(List<BiasOutlet> judged, Function<BiasOutlet, OutletPrediction> method) {
        int correct = 0;
        int labelled = 0;
        List<double[]> pairs = new ArrayList<>();
        for (BiasOutlet o : judged) {
            OutletPrediction p = method.apply(o);
            if (o.bucket() != null) {
                labelled++;
                if (p.bucket() == o.bucket()) {
                    correct++;
                }
            }
            if (o.allsidesPoint() != null) {
                pairs.add(new double[] {p.score(), o.allsidesPoint()});
            }
        }
        double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
        return new Figures(labelled == 0 ? Double.NaN : correct / (double) labelled, Spearman.of(x, y), judged.size(),
                labelled, pairs.size());
    }

    /** Splits outlets into folds by domain group (a stable hash), so that one medium is in one fold. */
    public static List<List<BiasOutlet>> folds(List<BiasOutlet> outlets, int k) {
        List<List<BiasOutlet>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(new ArrayList<>());
        }
        for (BiasOutlet o : outlets) {
            String unit = o.domainGroup().isBlank() ? o.name() : o.domainGroup();
            folds.get(Math.floorMod(org.parallax.core.text.Sha256.hex("bias-fold:" + unit).hashCode(), k)).add(o);
        }
        return folds;
    }
}
