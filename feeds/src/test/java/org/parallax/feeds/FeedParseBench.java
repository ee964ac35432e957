package org.parallax.feeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark entry point for bench/feeds.sh (not a test): parses the feeds named in list files,
 * each set held in memory, repeatedly for a warm-up period and then for a measured one, and
 * prints one line per set: {@code set=NAME feeds=N parsed=P seconds=S feeds_per_s=X}, per second of
 * the process's CPU time (garbage collection and JIT included), so that other work on a shared
 * machine disturbs the figures little.
 *
 * <p>Usage: {@code FeedParseBench WARMUP_SECONDS MEASURE_SECONDS NAME=LIST_FILE...}
 */
public final class FeedParseBench {
    private FeedParseBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: FeedParseBench WARMUP_SECONDS MEASURE_SECONDS NAME=LIST_FILE...");
            System.exit(2);
        }
        double warmup = Double.parseDouble(args[0]);
        double measure = Double.parseDouble(args[1]);
        FeedParser parser = new FeedParser(FeedLimits.defaults());
        for (int a = 2; a < args.length; a++) {
            String name = args[a].substring(0, args[a].indexOf('='));
            List<byte[]> bodies = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(args[a].substring(args[a].indexOf('=') + 1)))) {
                if (!line.isBlank()) {
                    bodies.add(Files.readAllBytes(Path.of(line.strip())));
                }
            }
            run(parser, bodies, warmup);
            com.sun.management.OperatingSystemMXBean cpu = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long start = cpu.getProcessCpuTime();
            long deadline = start + (long) (measure * 1e9);
            long feeds = 0;
            long parsed = 0;
            long items = 0;
            do {
                for (byte[] body : bodies) {
                    FeedResult result = parser.parse(body, null, "https://bench.example/feed");
                    if (result instanceof FeedResult.Parsed(Feed feed)) {
                        parsed++;
                        items += feed.entries().size();
                    }
                    feeds++;
                }
            } while (cpu.getProcessCpuTime() < deadline);
            double seconds = (cpu.getProcessCpuTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "set=%s feeds=%d parsed=%d items=%d seconds=%.2f feeds_per_s=%.1f%n",
                    name, bodies.size(), parsed / Math.max(1, feeds / bodies.size()),
                    items / Math.max(1, feeds / bodies.size()), seconds, feeds / seconds);
        }
    }

    private static void run(FeedParser parser, List<byte[]> bodies, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            for (byte[] body : bodies) {
                parser.parse(body, null, "https://bench.example/feed");
            }
        }
    }
}
