package org.parallax.app.train;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.parallax.core.brief.ExtractiveBriefComposer;
import org.parallax.core.brief.FactFeatures;
import org.parallax.core.brief.FactScorer;
import org.parallax.core.brief.FactSelector;
import org.parallax.core.forecast.ForecastSource;
import org.parallax.core.metrics.Rouge;
import org.parallax.core.model.Fact;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.subjectivity.LogisticRegression;
import org.parallax.core.topic.TopicClassifier;
import org.parallax.eval.BriefEvaluation;
import org.parallax.eval.DataFolder;
import org.parallax.eval.GoldStory;
import org.parallax.eval.GoldStoryReader;
import org.parallax.pipeline.Embedders;
import org.parallax.pipeline.Pipelines;

/**
 * The fact-selection model ({@link FactScorer}) from the NeuS stories of the data folder:
 * <ol>
 * <li>Every story's candidate facts are drawn, attributed and described by the server's own
 * {@link FactSelector}.</li>
 * <li>Labels: the ROUGE oracle of each train story: candidates added greedily while they raise
 * ROUGE-1 + ROUGE-2 F1 of their concatenation against the reference title and summary.</li>
 * <li>Logistic regression on the train rows except every tenth train story, which is held back: never
 * fitted, never used to choose anything, only reported.</li>
 * <li>The regularisation and the selection rule (probability threshold, bonus per independent source,
 * whether uncorroborated facts may pass the minimum) are chosen on the {@code val} split by the mean of
 * ROUGE-1, -2 and -L of title plus facts, as {@code parallax eval brief} scores it, among the rules whose
 * share of facts with two or more independent credits reaches {@link #MIN_MULTI_CREDIT_SHARE} (the best
 * overall when none does).</li>
 * </ol>
 * The peer in the same run is "lead": the first sentences first, under the same rules.
 */
public final class FactSelectionTraining implements ModelTraining {

    static final double MIN_MULTI_CREDIT_SHARE = 0.30;
    private static final int HELD_BACK_EVERY = 10;
    private static final int ORACLE_MAX = 8;
    private static final double[] LAMBDAS = {0.001, 0.01, 0.1, 1};
    private static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    private static final double[] BONUSES = {0, 0.5, 1, 2, 4};

    @Override
    public String name() {
        return "fact-selection";
    }

    /** One story's candidates with what scoring a brief needs. */
    private record Story(GoldStory gold, FactSelector.Pool pool, String title, String reference, boolean[] oracle) {
    }

    /** A model with its figures on one set of stories. */
    private record Figures(double rouge1, double rouge2, double rougeL, double multiCredit, double factsPerBrief) {
        double mean() {
            return (rouge1 + rouge2 + rougeL) / 3;
        }

        String line() {
            return String.format(Locale.ROOT, "rouge1=%.2f rouge2=%.2f rougeL=%.2f multi_credit_facts=%.3f facts_per_brief=%.2f",
                    rouge1, rouge2, rougeL, multiCredit, factsPerBrief);
        }
    }

    @Override
    public List<Path> train(TrainingInputs inputs, Path outDir, PrintStream progress) throws IOException {
        Path file = inputs.datasets().resolve(DataFolder.NEUS_DEV);
        if (!Files.isRegularFile(file)) {
            throw new TrainingDataException("no file " + file + ": give the data folder with --datasets DIR");
        }
        GoldStoryReader reader = new GoldStoryReader();
        List<GoldStory> train = reader.read(file, "train");
        List<GoldStory> val = reader.read(file, "val");
        if (train.isEmpty() || val.isEmpty()) {
            throw new TrainingDataException(file + " has no stories of split train or val");
        }
        ExtractiveBriefComposer composer = Pipelines.composer(InstantSource.fixed(Instant.EPOCH), new TopicClassifier(),
                ForecastSource.NONE, Embedders.load(inputs.nativeDir()));
        List<GoldStory> fitStories = new ArrayList<>();
        List<GoldStory> heldBackStories = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            (i % HELD_BACK_EVERY == HELD_BACK_EVERY - 1 ? heldBackStories : fitStories).add(train.get(i));
        }
        progress.printf(Locale.ROOT, "fact-selection: %d train stories (%d fitted, every %dth held back: %d), %d val%n",
                train.size(), fitStories.size(), HELD_BACK_EVERY, heldBackStories.size(), val.size());
        List<Story> fit = describe(fitStories, composer, false, progress, "train");
        List<Story> heldBack = describe(heldBackStories, composer, true, progress, "held-back");
        List<Story> selection = describe(val, composer, true, progress, "val");

        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (Story s : fit) {
            for (int i = 0; i < s.pool().size(); i++) {
                rows.add(s.pool().features(i));
                labels.add(s.oracle()[i]);
            }
        }
        double[][] x = rows.toArray(double[][]::new);
        boolean[] y = new boolean[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i);
        }
        double[][] scaling = standardisation(x);
        double[][] z = standardise(x, scaling);
        progress.printf(Locale.ROOT, "fact-selection: %d candidate rows, %d oracle sentences%n", y.length,
                labels.stream().filter(b -> b).count());

        FactSelector selector = composer.factSelector();
        FactScorer lead = leadScorer();
        FactScorer best = null;
        Figures bestFigures = null;
        boolean bestReachesShare = false;
        for (double lambda : LAMBDAS) {
            LogisticRegression.Fit fitted = LogisticRegression.fit(z, y, lambda);
            FactScorer weights = new FactScorer(trainedOn(fit.size(), selection.size()), lambda, 0.5, 0, true,
                    FactFeatures.NAMES, scaling[0], scaling[1], fitted.weights(), fitted.bias());
            progress.printf(Locale.ROOT, "  lambda=%g held_back_auc=%.3f%n", lambda, auc(heldBack, weights));
            for (double threshold : THRESHOLDS) {
                for (double bonus : BONUSES) {
                    for (boolean beyond : new boolean[] {true, false}) {
                        FactScorer candidate = weights.withRule(threshold, bonus, beyond);
                        Figures figures = score(selection, selector, candidate);
                        boolean reaches = figures.multiCredit() >= MIN_MULTI_CREDIT_SHARE;
                        if (best == null || (reaches && !bestReachesShare)
                                || (reaches == bestReachesShare && figures.mean() > bestFigures.mean())) {
                            best = candidate;
                            bestFigures = figures;
                            bestReachesShare = reaches;
                        }
                    }
                }
            }
        }
        progress.printf(Locale.ROOT, "  chosen on val: lambda=%g threshold=%.2f corroboration_bonus=%.1f"
                        + " uncorroborated_beyond_minimum=%s%n", best.lambda(), best.threshold(), best.corroborationBonus(),
                best.uncorroboratedBeyondMinimum());
        progress.println("  val       model: " + bestFigures.line());
        progress.println("  val       lead:  " + score(selection, selector, lead).line());
        progress.println("  held-back model: " + score(heldBack, selector, best).line());
        progress.println("  held-back lead:  " + score(heldBack, selector, lead).line());
        progress.println("  held-back oracle: " + oracleFigures(heldBack).line());
        progress.printf(Locale.ROOT, "  weights (standardised): %s%n", weightsLine(best));

        Files.createDirectories(outDir);
        Path out = outDir.resolve(FactScorer.RESOURCE);
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            best.write(writer);
        }
        Figures heldBackFigures = score(heldBack, selector, best);
        progress.printf(Locale.ROOT, "fact-selection: held_back_rouge1=%.2f held_back_rouge2=%.2f held_back_rougeL=%.2f"
                        + " val_rouge1=%.2f val_rouge2=%.2f val_rougeL=%.2f val_multi_credit_facts=%.3f file=%s%n",
                heldBackFigures.rouge1(), heldBackFigures.rouge2(), heldBackFigures.rougeL(), bestFigures.rouge1(),
                bestFigures.rouge2(), bestFigures.rougeL(), bestFigures.multiCredit(), out);
        return List.of(out);
    }

    static String trainedOn(int fitted, int val) {
        return String.format(Locale.ROOT, "NeuS neus-dev.jsonl split train (%d stories fitted, every %dth held back),"
                + " selected on split val (%d stories); AllSides excerpts, no data licence stated", fitted,
                HELD_BACK_EVERY, val);
    }

    private static List<Story> describe(List<GoldStory> stories, ExtractiveBriefComposer composer, boolean titled,
                                        PrintStream progress, String name) {
        List<Story> out = new ArrayList<>();
        long id = 0;
        for (GoldStory gold : stories) {
            id++;
            if (gold.reference() == null || gold.articles().isEmpty()) {
                continue;
            }
            List<SourcedArticle> articles = BriefEvaluation.articles(id, gold);
            FactSelector.Pool pool = composer.factSelector().pool(articles);
            String title = titled ? composer.compose(id, articles).title() : "";
            String reference = BriefEvaluation.reference(gold);
            out.add(new Story(gold, pool, title, reference, oracle(pool, reference)));
            if (out.size() % 250 == 0) {
                progress.printf(Locale.ROOT, "  %s: %d of %d stories described%n", name, out.size(), stories.size());
            }
        }
        return out;
    }

    /** The greedy ROUGE oracle: candidates added while they raise ROUGE-1 + ROUGE-2 F1 of the selection. */
    static boolean[] oracle(FactSelector.Pool pool, String reference) {
        boolean[] chosen = new boolean[pool.size()];
        List<String> selected = new ArrayList<>();
        double current = 0;
        while (selected.size() < ORACLE_MAX) {
            int bestIndex = -1;
            double bestGain = current;
            for (int i = 0; i < pool.size(); i++) {
                if (chosen[i]) {
                    continue;
                }
                List<String> trial = new ArrayList<>(selected);
                trial.add(pool.text(i));
                Rouge.Scores s = Rouge.score(String.join(" ", trial), reference);
                double value = s.rouge1() + s.rouge2();
                if (value > bestGain + 1e-12) {
                    bestGain = value;
                    bestIndex = i;
                }
            }
            if (bestIndex < 0) {
                break;
            }
            chosen[bestIndex] = true;
            selected.add(pool.text(bestIndex));
            current = bestGain;
        }
        return chosen;
    }

    private static Figures score(List<Story> stories, FactSelector selector, FactScorer scorer) {
        double r1 = 0;
        double r2 = 0;
        double rl = 0;
        int facts = 0;
        int multi = 0;
        for (Story s : stories) {
            List<Fact> chosen = selector.choose(s.pool(), scorer);
            String summary = s.title() + "\n" + chosen.stream().map(Fact::text).collect(Collectors.joining(" "));
            Rouge.Scores scores = Rouge.score(summary, s.reference());
            r1 += scores.rouge1();
            r2 += scores.rouge2();
            rl += scores.rougeL();
            facts += chosen.size();
            multi += (int) chosen.stream().filter(f -> f.sources().size() >= 2).count();
        }
        int n = Math.max(1, stories.size());
        return new Figures(100 * r1 / n, 100 * r2 / n, 100 * rl / n, facts == 0 ? 0 : (double) multi / facts,
                (double) facts / n);
    }

    private static Figures oracleFigures(List<Story> stories) {
        double r1 = 0;
        double r2 = 0;
        double rl = 0;
        int facts = 0;
        for (Story s : stories) {
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < s.pool().size(); i++) {
                if (s.oracle()[i]) {
                    chosen.add(s.pool().text(i));
                }
            }
            Rouge.Scores scores = Rouge.score(s.title() + "\n" + String.join(" ", chosen), s.reference());
            r1 += scores.rouge1();
            r2 += scores.rouge2();
            rl += scores.rougeL();
            facts += chosen.size();
        }
        int n = Math.max(1, stories.size());
        return new Figures(100 * r1 / n, 100 * r2 / n, 100 * rl / n, Double.NaN, (double) facts / n);
    }

    /** Area under the ROC curve of the model's probability against the oracle labels (ties count half). */
    private static double auc(List<Story> stories, FactScorer scorer) {
        List<double[]> scored = new ArrayList<>();
        for (Story s : stories) {
            for (int i = 0; i < s.pool().size(); i++) {
                scored.add(new double[] {scorer.logit(s.pool().features(i)), s.oracle()[i] ? 1 : 0});
            }
        }
        scored.sort((a, b) -> Double.compare(a[0], b[0]));
        double positives = 0;
        double rankSum = 0;
        int i = 0;
        while (i < scored.size()) {
            int j = i;
            while (j < scored.size() && scored.get(j)[0] == scored.get(i)[0]) {
                j++;
            }
            double meanRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (scored.get(k)[1] == 1) {
                    positives++;
                    rankSum += meanRank;
                }
            }
            i = j;
        }
        double negatives = scored.size() - positives;
        return positives == 0 || negatives == 0 ? Double.NaN
                : (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }

    /** The peer: leads first, every candidate that passes the rules, no preference for corroboration. */
    static FactScorer leadScorer() {
        int d = FactFeatures.NAMES.size();
        double[] means = new double[d];
        double[] scales = new double[d];
        double[] weights = new double[d];
        java.util.Arrays.fill(scales, 1);
        weights[FactFeatures.NAMES.indexOf("position")] = 1;
        return new FactScorer("leads first", 0, 0, 0, true, FactFeatures.NAMES, means, scales, weights, 0);
    }

    private static String weightsLine(FactScorer scorer) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < scorer.weights().length; i++) {
            parts.add(String.format(Locale.ROOT, "%s=%.3f", scorer.featureNames().get(i), scorer.weights()[i]));
        }
        return String.join(" ", parts);
    }

    /** Means (row 0) and standard deviations (row 1, 1 when constant) of each column. */
    private static double[][] standardisation(double[][] x) {
        int d = x[0].length;
        double[] means = new double[d];
        double[] scales = new double[d];
        for (double[] row : x) {
            for (int i = 0; i < d; i++) {
                means[i] += row[i];
            }
        }
        for (int i = 0; i < d; i++) {
            means[i] /= x.length;
        }
        for (double[] row : x) {
            for (int i = 0; i < d; i++) {
                scales[i] += (row[i] - means[i]) * (row[i] - means[i]);
            }
        }
        for (int i = 0; i < d; i++) {
            double sd = Math.sqrt(scales[i] / x.length);
            scales[i] = sd > 1e-12 ? sd : 1;
        }
        return new double[][] {means, scales};
    }

    private static double[][] standardise(double[][] x, double[][] scaling) {
        double[][] out = new double[x.length][];
        for (int r = 0; r < x.length; r++) {
            out[r] = new double[x[r].length];
            for (int i = 0; i < x[r].length; i++) {
                out[r][i] = (x[r][i] - scaling[0][i]) / scaling[1][i];
            }
        }
        return out;
    }
}
