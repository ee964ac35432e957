package org.parallax.eval.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.parallax.core.ratings.PhraseTable;
import org.parallax.eval.DataFolder;
import org.parallax.eval.bias.BiasCorpus;
import org.parallax.eval.bias.BiasData;
import org.parallax.eval.bias.BiasEvaluation;
import org.parallax.eval.bias.BiasOutlet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax eval bias ARTICLES OUTLETS}: outlet left-right placement on unseen outlets, with the TF-IDF peer. */
@Command(name = "bias", mixinStandardHelpOptions = true, description = {
        "Place unseen outlets on the left-right axis from their articles' phrasing, trained on the training",
        "outlets' labels only (an outlet of the same name or domain group as a scored one is left out of",
        "training). Scores outlets with at least 5 articles: 3-class accuracy against baly_label and",
        "Spearman's correlation with allsides_rating on -2..2; in the same run, a TF-IDF + logistic-regression",
        "peer trained on the same outlets. Last line:",
        "bias: outlet_acc=A spearman=S outlets=N baseline_acc=B baseline_spearman=T",
        "With --folds K and no files: K-fold cross-validation over the training outlets, split by domain group."})
public final class EvalBiasCommand implements Callable<Integer> {
    @Parameters(arity = "0..2", paramLabel = "ARTICLES.jsonl.gz OUTLETS.tsv",
            description = "The scored outlets' articles and the outlets file (the formats of ../shared/datasets/bias).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--train-articles", paramLabel = "FILE", description = "Training articles (default: the dev file).")
    Path trainArticles = DataFolder.DEFAULT.resolve(DataFolder.BIAS_DEV_ARTICLES);

    @Option(names = "--train-outlets", paramLabel = "FILE", description = "Training outlets (default: the dev file).")
    Path trainOutlets = DataFolder.DEFAULT.resolve(DataFolder.BIAS_DEV_OUTLETS);

    @Option(names = "--folds", paramLabel = "K",
            description = "Instead of scoring files, cross-validate over the training outlets in K folds by domain group.")
    Integer folds;

    @Option(names = "--scale-power", paramLabel = "P", description = "Phrase scaling power (default: ${DEFAULT-VALUE}).")
    double scalePower = PhraseTable.Settings.DEFAULT.scalePower();

    @Option(names = "--without-baseline", description = "Skip the TF-IDF peer (for quick trials; its figures print as NaN).")
    boolean withoutBaseline;

    private BiasEvaluation.Options options() {
        return new BiasEvaluation.Options(PhraseTable.Settings.DEFAULT.withScalePower(scalePower), !withoutBaseline);
    }

    @Override
    public Integer call() throws IOException {
        if (folds == null && files.size() != 2) {
            throw new IllegalArgumentException("give ARTICLES.jsonl.gz and OUTLETS.tsv, or --folds K to cross-validate");
        }
        if (folds != null && (folds < 2 || !files.isEmpty())) {
            throw new IllegalArgumentException("--folds needs K >= 2 and no ARTICLES/OUTLETS files");
        }
        for (Path p : List.of(trainArticles, trainOutlets)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("no training file " + p + ": give --train-articles and --train-outlets");
            }
        }
        long start = System.nanoTime();
        List<BiasOutlet> train = BiasData.outlets(trainOutlets);
        BiasCorpus trainCorpus = BiasCorpus.of(BiasData.articles(trainArticles));
        if (folds != null) {
            return crossValidate(train, trainCorpus);
        }
        List<BiasOutlet> scored = BiasData.outlets(files.get(1));
        BiasCorpus scoredCorpus = BiasCorpus.of(BiasData.articles(files.get(0)));
        BiasEvaluation.Result r = BiasEvaluation.run(scored, scoredCorpus, train, trainCorpus, options());
        print("scored", r);
        System.out.printf(Locale.ROOT, "seconds=%.0f%n", (System.nanoTime() - start) / 1e9);
        System.out.printf(Locale.ROOT, "bias: outlet_acc=%.3f spearman=%.3f outlets=%d baseline_acc=%.3f baseline_spearman=%.3f%n",
                r.model().accuracy(), r.model().spearman(), r.model().outlets(), r.baseline().accuracy(),
                r.baseline().spearman());
        return 0;
    }

    private int crossValidate(List<BiasOutlet> outlets, BiasCorpus corpus) {
        List<List<BiasOutlet>> parts = BiasEvaluation.folds(outlets, folds);
        double acc = 0;
        double rho = 0;
        double peerAcc = 0;
        double peerRho = 0;
        int n = 0;
        for (int k = 0; k < parts.size(); k++) {
            BiasEvaluation.Result r = BiasEvaluation.run(parts.get(k), corpus, outlets, corpus, options());
            print("fold " + (k + 1), r);
            acc += r.model().accuracy() / folds;
            rho += r.model().spearman() / folds;
            peerAcc += r.baseline().accuracy() / folds;
            peerRho += r.baseline().spearman() / folds;
            n += r.model().outlets();
        }
        System.out.printf(Locale.ROOT, "bias: outlet_acc=%.3f spearman=%.3f outlets=%d baseline_acc=%.3f baseline_spearman=%.3f%n",
                acc, rho, n, peerAcc, peerRho);
        return 0;
    }

    private static void print(String what, BiasEvaluation.Result r) {
        System.out.printf(Locale.ROOT, "%s: model acc=%.3f (%d outlets) spearman=%.3f (%d) | peer acc=%.3f spearman=%.3f"
                        + " | training outlets=%d phrases=%d penalty=%.3g%n", what, r.model().accuracy(),
                r.model().accuracyOutlets(), r.model().spearman(), r.model().spearmanOutlets(), r.baseline().accuracy(),
                r.baseline().spearman(), r.trainingOutlets(), r.phrases(), r.penalty());
    }
}
