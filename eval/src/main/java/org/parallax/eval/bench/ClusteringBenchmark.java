package org.parallax.eval.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.parallax.pipeline.Embedders;
import org.parallax.core.cluster.GroupingInput;
import org.parallax.core.cluster.online.OnlineGroupingSettings;
import org.parallax.core.cluster.online.OnlineStoryGrouper;
import org.parallax.core.embed.EmbeddingText;
import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.model.ArticleKind;

/**
 * The story engine's benchmark (run by {@code bench/clustering.sh}): placement time per article as
 * the archive grows, memory per open article, and pipeline throughput against raw embedding
 * throughput, all in one run on generated news ({@link SyntheticStream}).
 *
 * <ol>
 * <li>Raw embedding and pipeline, batch by batch in turn (so that both see the same load): each batch
 * of the pool is embedded alone (raw embedding), then embedded again and placed by a grouper, as the
 * grouping stage does (the pipeline); articles per second of both, and the ratio.</li>
 * <li>Growth: the archive grows to {@code --articles} articles at {@code --per-day} a day, reusing the
 * pool's vectors and texts cyclically (the pool spans more days than the grouper keeps in memory, so
 * no article is ever open together with its copy); placement time per article is reported per
 * 10,000 articles, with memory per open article after a full garbage collection.</li>
 * </ol>
 *
 * Options: {@code --articles N} (default 100000), {@code --pool N} (default 3000),
 * {@code --per-day N} (default 500), {@code --step N} (default 10000).
 */
public final class ClusteringBenchmark {

    private static final int BATCH = 64;

    public static void main(String[] args) {
        int articles = option(args, "--articles", 100_000);
        int poolSize = option(args, "--pool", 3_000);
        int perDay = option(args, "--per-day", 500);
        int step = option(args, "--step", 10_000);
        OnlineGroupingSettings settings = OnlineGroupingSettings.defaults();
        long memoryDays = settings.memory().toDays();
        if (poolSize <= perDay * memoryDays) {
            System.out.printf("warning: a pool of %d at %d a day repeats within %d days, while the grouper keeps "
                    + "%d days in memory: copies may meet%n", poolSize, perDay, poolSize / perDay, memoryDays);
        }

        SentenceEmbedder embedder = Embedders.load(Embedders.defaultNativeDir());
        EmbeddingText embeddingText = EmbeddingText.standard();
        List<SyntheticStream.Generated> pool = new SyntheticStream(42).articles(poolSize);
        List<String> texts = pool.stream().map(g -> embeddingText.of(g.title(), g.text())).toList();
        embedder.embedAll(texts.subList(0, Math.min(BATCH, texts.size()))); // warm-up

        // Raw embedding and the pipeline, batch by batch in turn, so that both see the same machine load.
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        Duration gap = Duration.ofDays(1).dividedBy(perDay);
        List<float[]> vectors = new ArrayList<>(poolSize);
        Throughput throughput = compare(embedder, settings, pool, texts, start, gap, vectors);
        System.out.printf(Locale.ROOT, "raw embedding: %d articles in %.1f s = %.1f articles/s (%s, %d threads of CPU)%n",
                poolSize, throughput.rawNanos() / 1e9, poolSize / (throughput.rawNanos() / 1e9), embedder.modelId(),
                Runtime.getRuntime().availableProcessors());
        double pipelineSeconds = (throughput.pipelineEmbedNanos() + throughput.placeNanos()) / 1e9;
        System.out.printf(Locale.ROOT, "pipeline (embed + place): %d articles in %.1f s = %.1f articles/s = %.1f%% of raw "
                        + "embedding throughput (placement %.1f%% of the pipeline's time)%n",
                poolSize, pipelineSeconds, poolSize / pipelineSeconds,
                100 * (throughput.rawNanos() / 1e9) / pipelineSeconds, 100 * throughput.placeNanos() / 1e9 / pipelineSeconds);

        long baseline = usedHeap();
        OnlineStoryGrouper grouper = new OnlineStoryGrouper(settings, embedder.dimensions());
        AtomicLong ids = new AtomicLong();
        long[] times = new long[step];
        double firstMean = Double.NaN;
        double lastMean = Double.NaN;
        for (int i = 0; i < articles; i++) {
            int k = i % poolSize;
            GroupingInput in = input(i, pool.get(k), start.plus(gap.multipliedBy(i)), vectors.get(k));
            long p = System.nanoTime();
            grouper.place(in, ids::incrementAndGet);
            times[i % step] = System.nanoTime() - p;
            if ((i + 1) % step == 0) {
                long[] sorted = times.clone();
                Arrays.sort(sorted);
                double mean = Arrays.stream(times).average().orElse(0) / 1e3;
                long heap = usedHeap() - baseline;
                System.out.printf(Locale.ROOT, "archive %d: placement mean=%.0f us p50=%.0f us p99=%.0f us; open: %d articles, "
                                + "%d stories; grouper heap %.1f MB = %.0f bytes per open article%n",
                        i + 1, mean, sorted[step / 2] / 1e3, sorted[(int) (step * 0.99)] / 1e3, grouper.openArticles(),
                        grouper.openStories(), heap / 1e6, (double) heap / Math.max(1, grouper.openArticles()));
                if (Double.isNaN(firstMean)) {
                    firstMean = mean;
                }
                lastMean = mean;
            }
        }
        System.out.printf(Locale.ROOT, "placement growth: mean per article x%.2f from %d to %d articles (archive x%.0f)%n",
                lastMean / firstMean, step, articles - articles % step, (double) (articles - articles % step) / step);
    }

    /** Nanoseconds spent embedding alone, and embedding then placing, the same articles. */
    private record Throughput(long rawNanos, long pipelineEmbedNanos, long placeNanos) {
    }

    /**
     * Embeds each batch of the pool twice: once alone (raw), once followed by placing it with a grouper
     * of its own, as the grouping stage does (the pipeline). Fills {@code vectors} with the pool's vectors.
     */
    private static Throughput compare(SentenceEmbedder embedder, OnlineGroupingSettings settings,
                                      List<SyntheticStream.Generated> pool, List<String> texts, Instant start,
                                      Duration gap, List<float[]> vectors) {
        OnlineStoryGrouper grouper = new OnlineStoryGrouper(settings, embedder.dimensions());
        AtomicLong ids = new AtomicLong();
        long raw = 0;
        long pipelineEmbed = 0;
        long place = 0;
        for (int from = 0; from < pool.size(); from += BATCH) {
            int to = Math.min(pool.size(), from + BATCH);
            List<String> batchTexts = texts.subList(from, to);
            // Which of the two goes first alternates, so that neither gains from the other's warm caches.
            boolean rawFirst = (from / BATCH) % 2 == 0;
            long r = 0;
            if (rawFirst) {
                long t = System.nanoTime();
                vectors.addAll(embedder.embedAll(batchTexts));
                r = System.nanoTime() - t;
            }
            long t1 = System.nanoTime();
            List<float[]> batch = embedder.embedAll(batchTexts);
            long t2 = System.nanoTime();
            for (int i = from; i < to; i++) {
                grouper.place(input(i, pool.get(i), start.plus(gap.multipliedBy(i)), batch.get(i - from)),
                        ids::incrementAndGet);
            }
            long t3 = System.nanoTime();
            if (!rawFirst) {
                long t = System.nanoTime();
                vectors.addAll(embedder.embedAll(batchTexts));
                r = System.nanoTime() - t;
            }
            raw += r;
            pipelineEmbed += t2 - t1;
            place += t3 - t2;
        }
        return new Throughput(raw, pipelineEmbed, place);
    }

    private static GroupingInput input(long id, SyntheticStream.Generated g, Instant time, float[] vector) {
        return new GroupingInput(id + 1, g.event() % 50, time, g.title(), g.text(), ArticleKind.NEWS, vector);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
