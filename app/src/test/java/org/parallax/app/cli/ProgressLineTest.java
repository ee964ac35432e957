package org.parallax.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.parallax.pipeline.StageProgress.Stage;

/** Progress per stage: counts and rates, a line every few seconds at most, never one per item. */
class ProgressLineTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void advance(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void offATerminalAStagePrintsALineEveryFewSecondsAndOneWhenItEnds() {
        StageProgressLine stages = new StageProgressLine(new ProgressLine(out, false, false, now::get), now::get);
        stages.advanced(Stage.GROUPING, 0, 1000);
        for (int i = 1; i <= 1000; i++) {
            advance(20); // 50 articles a second: 20 s in all
            stages.advanced(Stage.GROUPING, i, 1000);
        }
        stages.finished(Stage.GROUPING, 1000);

        var lines = printed().lines().toList();
        assertThat(lines).hasSize(5); // at 5, 10, 15 and 20 s, then the stage's end
        assertThat(lines.getFirst()).isEqualTo("grouping: 250/1000 articles placed, 50/s");
        assertThat(lines.getLast()).isEqualTo("grouping: 1000 articles placed in 20.0 s (50/s)");
    }

    @Test
    void onATerminalTheLineIsRewrittenInPlaceAtMostOnceASecond() {
        ProgressLine line = new ProgressLine(out, true, false, now::get);
        StageProgressLine stages = new StageProgressLine(line, now::get);
        stages.advanced(Stage.BRIEFS, 0, 30);
        for (int i = 1; i <= 30; i++) {
            advance(100);
            stages.advanced(Stage.BRIEFS, i, 30);
        }
        stages.finished(Stage.BRIEFS, 30);
        line.message("next");

        String text = printed();
        assertThat(text.chars().filter(c -> c == '\r').count()).isEqualTo(3);
        assertThat(text).contains("\rbriefs: 10/30 briefs composed, 10/s")
                .endsWith("\nbriefs: 30 briefs composed in 3.0 s (10/s)\nnext\n");
    }

    @Test
    void quietShowsNoProgressButStillTheMessages() {
        ProgressLine line = new ProgressLine(out, false, true, now::get);
        StageProgressLine stages = new StageProgressLine(line, now::get);
        stages.advanced(Stage.EMBEDDING, 0, 10);
        advance(60_000);
        stages.advanced(Stage.EMBEDDING, 10, 10);
        stages.finished(Stage.EMBEDDING, 10);
        line.message("skipped a.jsonl line 3: invalid JSON");
        assertThat(printed()).isEqualTo("skipped a.jsonl line 3: invalid JSON\n");
    }

    @Test
    void aStageWithNothingToDoSaysNothing() {
        StageProgressLine stages = new StageProgressLine(new ProgressLine(out, false, false, now::get), now::get);
        stages.finished(Stage.BRIEFS, 0);
        assertThat(printed()).isEmpty();
    }
}
