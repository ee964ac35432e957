package org.parallax.app.cli;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.parallax.pipeline.StageProgress;

/**
 * The pipeline's stages on a {@link ProgressLine}: while a stage runs, its count out of the total
 * and its rate ({@code grouping: 500/1378 articles placed, 48/s}); when it ends, one line with the
 * count, the time and the rate. A stage that had nothing to do says nothing.
 */
final class StageProgressLine implements StageProgress {
    private final ProgressLine line;
    private final LongSupplier nanos;
    private final Map<Stage, Long> started = new EnumMap<>(Stage.class);

    StageProgressLine(ProgressLine line, LongSupplier nanos) {
        this.line = line;
        this.nanos = nanos;
    }

    @Override
    public void advanced(Stage stage, long done, long total) {
        long since = started.computeIfAbsent(stage, s -> nanos.getAsLong());
        line.update(() -> String.format("%s: %d/%d %s, %s", stage.label(), done, total, stage.unit(),
                rate(done, nanos.getAsLong() - since)));
    }

    @Override
    public void finished(Stage stage, long done) {
        Long since = started.remove(stage);
        if (done == 0 || since == null) {
            return;
        }
        long elapsed = nanos.getAsLong() - since;
        line.summary(String.format("%s: %d %s in %.1f s (%s)", stage.label(), done, stage.unit(), elapsed / 1e9,
                rate(done, elapsed)));
    }

    private static String rate(long done, long elapsedNanos) {
        double perSecond = elapsedNanos <= 0 ? 0 : done * 1e9 / elapsedNanos;
        return String.format(perSecond >= 10 ? "%.0f/s" : "%.1f/s", perSecond);
    }
}
