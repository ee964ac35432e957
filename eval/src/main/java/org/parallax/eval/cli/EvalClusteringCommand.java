package org.parallax.eval.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

import org.parallax.pipeline.Embedders;
import org.parallax.eval.ArgumentPlacement;
import org.parallax.eval.ClusteringRun;
import org.parallax.eval.GoldArticle;
import org.parallax.eval.GoldStories;
import org.parallax.eval.VectorFile;
import org.parallax.core.cluster.GroupingInput;
import org.parallax.core.cluster.TfIdfStoryGrouper;
import org.parallax.core.cluster.online.OnlineGroupingSettings;
import org.parallax.core.cluster.online.OnlineStoryGrouper;
import org.parallax.core.embed.EmbeddingText;
import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.metrics.ClusteringScores;
import org.parallax.core.model.ArticleKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax eval clustering FILE}: pools the articles of every gold story, shuffles them with a
 * fixed seed, orders them by time (stably, so the shuffle orders the articles of one time), places
 * them one by one with the server's grouper and scores the stories it forms against the gold
 * stories; a plain TF-IDF grouper on the same input is the baseline.
 */
@Command(name = "clustering", description = {
        "Score story grouping on stories in the JSONL shape of the NeuS/AllSides files (each story's",
        "articles are one gold cluster; an AllSides opinion_tag gives an article's kind). Prints the",
        "TF-IDF baseline, where the file has opinion or analysis pieces how many were placed with a",
        "report of their story (with_report) and with any article of it (with_mate), then as the last line:",
        "clustering: bcubed_p=P bcubed_r=R bcubed_f1=F pair_f1=F2 articles_per_s=N",
        "articles_per_s counts embedding and placement together."})
public final class EvalClusteringCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Stories, one JSON object a line, each with its articles.")
    Path file;

    @Option(names = "--seed", defaultValue = "20240304", description = "Seed of the shuffle (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--split", paramLabel = "NAME",
            description = "Only the stories whose split field is NAME (train, val...; default: every story).")
    String split;

    @Option(names = "--part", paramLabel = "K/N",
            description = "Only the K-th of N equal parts of the stories (in file order), for example 1/8:"
                    + " scores at the density of a smaller file while tuning on a large split.")
    String part;

    @Option(names = "--vectors", paramLabel = "FILE",
            description = "Keep sentence vectors in this file between runs (embeds only new texts).")
    Path vectorFile;

    @Option(names = "--join", description = "Join threshold (default: the server's).")
    Double join;

    @Option(names = "--argument-join",
            description = "Join threshold of opinion and analysis pieces (default: the server's).")
    Double argumentJoin;

    @Option(names = "--merge", description = "Merge threshold (default: the server's).")
    Double merge;

    @Option(names = "--embedding-weight", description = "Share of the vector cosine (default: the server's).")
    Double embeddingWeight;

    @Option(names = "--entity-weight", description = "Weight of shared names (default: the server's).")
    Double entityWeight;

    @Option(names = "--same-event-cosine",
            description = "Vector cosine of the same-event test; above 1 turns it off (default: the server's).")
    Double sameEventCosine;

    @Option(names = "--same-event-hours", description = "Time window of the same-event test (default: the server's).")
    Long sameEventHours;

    @Option(names = "--anchor-share",
            description = "Share of open articles below which a name or figure is rare (default: the server's).")
    Double anchorShare;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        List<GoldArticle> articles;
        try {
            articles = new ArrayList<>(GoldStories.read(file, split));
        } catch (IOException e) {
            System.err.println("parallax: cannot read " + file + ": " + e);
            return 2;
        }
        if (part != null) {
            String[] kn = part.split("/");
            int k;
            int n;
            try {
                k = Integer.parseInt(kn[0].strip());
                n = Integer.parseInt(kn.length == 2 ? kn[1].strip() : "");
            } catch (NumberFormatException e) {
                k = 0;
                n = 0;
            }
            if (n < 1 || k < 1 || k > n) {
                System.err.println("parallax: --part must be K/N with 1 <= K <= N, for example 1/8");
                return 2;
            }
            int total = articles.isEmpty() ? 0 : articles.getLast().story() + 1;
            int from = (int) ((long) total * (k - 1) / n);
            int to = (int) ((long) total * k / n);
            articles = new ArrayList<>(articles.stream().filter(a -> a.story() >= from && a.story() < to).toList());
        }
        if (articles.isEmpty()) {
            System.err.println("parallax: no stories in " + file + (split == null ? "" : " with split " + split));
            return 2;
        }
        Collections.shuffle(articles, new Random(seed));
        // In time order, as the pipeline places them; the shuffle still decides the order among
        // articles of one time (all of an undated file). Shuffled across months, a dated file's
        // articles would arrive after their stories had left the grouper's window.
        articles.sort(Comparator.comparing(GoldArticle::time));
        List<Integer> gold = articles.stream().map(GoldArticle::story).toList();
        long stories = gold.stream().distinct().count();
        out.printf(Locale.ROOT, "%s: %d articles in %d stories%n", file, articles.size(), stories);

        List<GroupingInput> inputs = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            GoldArticle a = articles.get(i);
            inputs.add(new GroupingInput(i + 1, 0, a.time(), a.title(), a.text(), a.kind(), null));
        }
        ClusteringRun.Result baseline = ClusteringRun.run(new TfIdfStoryGrouper(), inputs);
        out.println("baseline tfidf: " + line(ClusteringScores.of(baseline.stories(), gold),
                articles.size() / (baseline.nanos() / 1e9)));

        SentenceEmbedder embedder = Embedders.load(Embedders.defaultNativeDir());
        EmbeddingText text = EmbeddingText.standard();
        VectorFile vectors = VectorFile.open(vectorFile);
        long embedStart = System.nanoTime();
        List<float[]> embedded = vectors.embed(embedder, articles.stream().map(a -> text.of(a.title(), a.text())).toList());
        long embedNanos = System.nanoTime() - embedStart;
        vectors.save();
        List<GroupingInput> withVectors = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            withVectors.add(inputs.get(i).withEmbedding(embedded.get(i)));
        }
        OnlineGroupingSettings settings = settings();
        ClusteringRun.Result run = ClusteringRun.run(new OnlineStoryGrouper(settings, embedder.dimensions()), withVectors);
        ClusteringScores scores = ClusteringScores.of(run.stories(), gold);
        out.printf(Locale.ROOT, "embedding: %d articles in %.1f s (%s); placement: %.1f s, %d merges, %d stories%n",
                articles.size(), embedNanos / 1e9, embedder.modelId(), run.nanos() / 1e9, run.merges(),
                run.stories().stream().distinct().count());
        List<ArticleKind> kinds = articles.stream().map(GoldArticle::kind).toList();
        if (kinds.stream().anyMatch(ArticleKind::isArgument)) {
            out.println(ArgumentPlacement.of(gold, kinds, run.stories()).line());
        }
        out.println("clustering: " + line(scores, articles.size() / ((embedNanos + run.nanos()) / 1e9)));
        return 0;
    }

    private OnlineGroupingSettings settings() {
        OnlineGroupingSettings s = OnlineGroupingSettings.defaults();
        double j = join != null ? join : s.joinThreshold();
        double m = merge != null ? merge : Math.max(j, s.mergeThreshold());
        s = s.withThresholds(j, m);
        if (argumentJoin != null) {
            s = s.withArgumentJoinThreshold(argumentJoin);
        }
        s = s.withSameEvent(sameEventCosine != null ? sameEventCosine : s.sameEventCosine(),
                sameEventHours != null ? Duration.ofHours(sameEventHours) : s.sameEventWindow(),
                anchorShare != null ? anchorShare : s.anchorShare());
        return s.withWeights(embeddingWeight != null ? embeddingWeight : s.embeddingWeight(),
                entityWeight != null ? entityWeight : s.entityWeight());
    }

    private static String line(ClusteringScores s, double articlesPerSecond) {
        return String.format(Locale.ROOT, "bcubed_p=%.4f bcubed_r=%.4f bcubed_f1=%.4f pair_f1=%.4f articles_per_s=%.1f",
                s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.pairF1(), articlesPerSecond);
    }
}
