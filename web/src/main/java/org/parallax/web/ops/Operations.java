package org.parallax.web.ops;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.TreeMap;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.parallax.store.Database;
import org.parallax.store.FeedRepository.FeedWithOutlet;
import org.parallax.store.PipelineFigures;

/**
 * {@code /healthz}: 200 "ok" while the database answers, 503 otherwise (for load balancers and
 * systemd watchdogs). {@code /metrics}: the Prometheus text format (version 0.0.4), written by hand:
 * a few gauges read from the database when scraped and one histogram kept in memory need no
 * metrics library.
 */
public final class Operations {
    private static final String T0 = "parallax.t0";

    private final Database db;
    private final InstantSource clock;
    private final RequestLatency latency = new RequestLatency();

    public Operations(Database db, InstantSource clock) {
        this.db = db;
        this.clock = clock;
    }

    public void started(Context ctx) {
        ctx.attribute(T0, System.nanoTime());
    }

    public void finished(Context ctx) {
        Long t0 = ctx.attribute(T0);
        if (t0 != null) {
            latency.record(System.nanoTime() - t0);
        }
    }

    public void health(Context ctx) {
        boolean up = db.isReachable();
        ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).contentType("text/plain; charset=utf-8")
                .result(up ? "ok\n" : "database unreachable\n");
    }

    public void metrics(Context ctx) {
        StringBuilder out = new StringBuilder();
        boolean up = db.isReachable();
        gauge(out, "parallax_database_up", "1 when the database answers, else 0.", up ? 1 : 0);
        if (up) {
            PipelineFigures figures = db.pipelineFigures();
            gauge(out, "parallax_articles", "Articles stored.", figures.articles());
            gauge(out, "parallax_articles_unplaced", "Articles waiting for a story (grouping stage).", figures.unplaced());
            gauge(out, "parallax_grouping_lag_seconds", "How long the oldest unplaced article has waited.",
                    figures.oldestUnplaced().map(t -> Math.max(0, Duration.between(t, clock.instant()).toSeconds()))
                            .orElse(0L));
            gauge(out, "parallax_stories", "Stories (merged ones not counted).", figures.stories());
            gauge(out, "parallax_briefs_stale", "Stories waiting for a brief (brief stage).", figures.staleBriefs());
            Map<String, Long> health = new TreeMap<>(Map.of("ok", 0L, "slow", 0L, "failing", 0L, "new", 0L));
            double fetchMillis = 0;
            int timed = 0;
            for (FeedWithOutlet feed : db.feeds().health()) {
                health.merge(feed.feed().health(), 1L, Long::sum);
                if (feed.feed().fetchTime() != null) {
                    fetchMillis += feed.feed().fetchTime().toMillis();
                    timed++;
                }
            }
            out.append("# HELP parallax_feeds Feeds by health (ok, slow, failing, new).\n# TYPE parallax_feeds gauge\n");
            health.forEach((state, n) -> out.append("parallax_feeds{health=\"").append(state).append("\"} ").append(n)
                    .append('\n'));
            gauge(out, "parallax_feed_fetch_seconds_mean", "Mean fetch time over the feeds that have one.",
                    timed == 0 ? 0 : fetchMillis / timed / 1000);
        }
        latency.write(out, "parallax_http_request_duration_seconds");
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(out.toString());
    }

    private static void gauge(StringBuilder out, String name, String help, double value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
        out.append(name).append(' ').append(value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value))
                .append('\n');
    }
}
