package org.parallax.app.cli;

import java.time.InstantSource;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.parallax.app.wiring.Parallax;
import org.parallax.app.config.CommandFlags;
import org.parallax.app.config.ParallaxConfig;
import org.parallax.pipeline.forecast.ForecastSchedule;
import org.parallax.pipeline.live.LiveIngestion;
import org.parallax.pipeline.live.LiveSettings;
import org.parallax.pipeline.Pipeline;
import org.parallax.fetch.Fetcher;
import org.parallax.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Serve the stories on the web, poll the outlets' feeds, keep the pipeline running.")
public final class ServeCommand extends DataCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", description = "HTTP port (default: 8080, or $PARALLAX_PORT).")
    Integer port;

    @Option(names = "--host", description = "Address to listen on (default: localhost, or $PARALLAX_HOST).")
    String host;

    @Option(names = "--no-poll", description = "Do not poll the outlets' feeds (default: poll, unless $PARALLAX_POLL=false).")
    boolean noPoll;

    @Override
    public CommandFlags flags() {
        return new CommandFlags(data.dataDir, port, host, noPoll);
    }

    @Override
    public Integer call() throws InterruptedException {
        ParallaxConfig config = config();
        LiveSettings live = config.live();
        Parallax parallax = Parallax.open(config, InstantSource.system());
        // One fetch layer for the process: feeds, article pages, robots.txt and market APIs share its pacing.
        Fetcher fetcher = Fetcher.standard(live.fetch(), InstantSource.system());
        LiveIngestion polling = live.poll()
                ? new LiveIngestion(parallax.db(), live, fetcher, InstantSource.system()) : null;
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("pipeline").daemon().factory());
        WebServer web = new WebServer(parallax.db());
        CountDownLatch stopped = new CountDownLatch(1);
        ForecastSchedule.Started forecasts = ForecastSchedule.start(parallax.db(), parallax.forecasts(), config.forecasts(),
                fetcher, InstantSource.system());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            forecasts.schedule().close();
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (polling != null) {
                polling.close();
            }
            fetcher.close();
            web.close();
            parallax.close();
            stopped.countDown();
        }, "shutdown"));

        int restored = parallax.pipeline().restore();
        long interval = config.pipelineInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> runPipeline(parallax.pipeline()), 0, interval, TimeUnit.MILLISECONDS);
        int boundPort = web.start(config.web().host(), config.web().port());
        if (polling != null) {
            polling.startLoop();
        }
        System.out.printf("Parallax is running on http://%s:%d/ (database: %s; %d placed articles restored; %s; %s)%n",
                config.web().host(), boundPort, config.database().safeUrl(), restored, polling == null ? "not polling feeds"
                        : "polling " + parallax.db().feeds().health().size() + " feeds, health on /status",
                forecasts.description());
        stopped.await();
        return 0;
    }

    private static void runPipeline(Pipeline pipeline) {
        try {
            Pipeline.Report report = pipeline.runOnce();
            if (report.didSomething()) {
                LOG.info("pipeline: {}", report);
            }
        } catch (RuntimeException e) {
            // Keep the schedule alive: the next run retries whatever is still pending.
            LOG.error("pipeline run failed", e);
        }
    }
}
