package org.parallax.app.cli;

import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.parallax.app.config.CommandFlags;
import org.parallax.app.config.ParallaxConfig;
import org.parallax.app.wiring.SearchIndexes;
import org.parallax.search.SearchIndex;
import org.parallax.app.wiring.Databases;
import org.parallax.app.wiring.Parallax;
import org.parallax.fetch.Fetcher;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineWriter;
import org.parallax.pipeline.forecast.ForecastSchedule;
import org.parallax.pipeline.forecast.StoredForecastSource;
import org.parallax.pipeline.live.LiveIngestion;
import org.parallax.pipeline.live.LiveSettings;
import org.parallax.store.Database;
import org.parallax.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = {
        "Serve the stories on the web, poll the outlets' feeds, keep the pipeline running.",
        "With --role, one process does one part: any number of web and ingest processes and of pipeline",
        "processes (one of which writes at a time) can share one PostgreSQL (PARALLAX_DB_URL)."})
public final class ServeCommand extends DataCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    /** What a serving process does. */
    public enum Role {
        WEB, INGEST, PIPELINE, ALL;

        boolean web() {
            return this == WEB || this == ALL;
        }

        boolean ingest() {
            return this == INGEST || this == ALL;
        }

        boolean pipeline() {
            return this == PIPELINE || this == ALL;
        }
    }

    @Option(names = "--port", description = "HTTP port (default: 8080, or $PARALLAX_PORT).")
    Integer port;

    @Option(names = "--host", description = "Address to listen on (default: localhost, or $PARALLAX_HOST).")
    String host;

    @Option(names = "--no-poll", description = "Do not poll the outlets' feeds (default: poll, unless $PARALLAX_POLL=false).")
    boolean noPoll;

    @Option(names = "--role", paramLabel = "ROLE", description = {
            "web: the pages, the API, /healthz and /metrics;",
            "ingest: poll the feeds and refresh the prediction markets (feeds are claimed, never polled twice);",
            "pipeline: group articles into stories and compose briefs (one process at a time holds the",
            "database's pipeline lock; another takes over when it dies);",
            "all (the default): all three."})
    Role role = Role.ALL;

    @Override
    public CommandFlags flags() {
        return new CommandFlags(data.dataDir, port, host, noPoll);
    }

    @Override
    public Integer call() throws InterruptedException {
        ParallaxConfig config = config();
        LiveSettings live = config.live();
        InstantSource clock = InstantSource.system();
        Deque<AutoCloseable> opened = new ArrayDeque<>(); // closed in reverse order on the way out
        Parallax parallax = role.pipeline() ? Parallax.open(config, clock) : null;
        Database db = parallax != null ? parallax.db()
                : role.ingest() ? Databases.withOutlets(config, clock) : Databases.writable(config);
        opened.push(parallax != null ? parallax : db);
        List<String> doing = new ArrayList<>();
        AtomicBoolean stopping = new AtomicBoolean();

        ScheduledExecutorService scheduler = null;
        // After a batch that changed stories: the web server's next edition and the search index, at once.
        java.util.concurrent.atomic.AtomicReference<Runnable> afterBatch = new java.util.concurrent.atomic.AtomicReference<>(() -> { });
        PipelineWriter writer = null;
        if (role.pipeline()) {
            writer = new PipelineWriter(db, parallax.pipeline());
            opened.push(writer);
            scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("pipeline").daemon().factory());
            PipelineWriter pipelineWriter = writer;
            scheduler.scheduleWithFixedDelay(() -> runPipeline(pipelineWriter, stopping, afterBatch), 0,
                    config.pipelineInterval().toMillis(), TimeUnit.MILLISECONDS);
            doing.add("pipeline every " + config.pipelineInterval().toSeconds() + " s when no other process runs it");
        }
        if (role.ingest()) {
            // One fetch layer for the process: feeds, article pages, robots.txt and market APIs share its pacing.
            Fetcher fetcher = Fetcher.standard(live.fetch(), clock);
            opened.push(fetcher);
            StoredForecastSource bank = parallax != null ? parallax.forecasts() : new StoredForecastSource(db, clock);
            ForecastSchedule.Started forecasts = ForecastSchedule.start(db, bank, config.forecasts(), fetcher, clock);
            opened.push(forecasts.schedule()::close);
            if (live.poll()) {
                LiveIngestion polling = new LiveIngestion(db, live, fetcher, clock);
                opened.push(polling);
                polling.startLoop();
                doing.add("polling " + db.feeds().health().size() + " feeds, health on /status");
            } else {
                doing.add("not polling feeds");
            }
            doing.add(forecasts.description());
        }
        String address = "no web server";
        if (role.web()) {
            SearchIndex index = SearchIndexes.open(config);
            opened.push(index);
            WebServer web = new WebServer(db, clock, index);
            opened.push(web);
            afterBatch.set(web::storiesChanged);
            int boundPort;
            try {
                boundPort = web.start(config.web().host(), config.web().port());
            } catch (RuntimeException e) {
                closeAll(opened);
                throw new IllegalStateException(cannotListen(config.web(), e), e);
            }
            Thread.ofVirtual().name("first-edition").start(web::storiesChanged); // and the search index
            address = "http://" + config.web().host() + ":" + boundPort + "/";
        }

        CountDownLatch stopped = new CountDownLatch(1);
        ScheduledExecutorService pipelineThread = scheduler;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true); // a pipeline run stops after its current batch
            if (pipelineThread != null) {
                pipelineThread.shutdown();
                try {
                    pipelineThread.awaitTermination(3, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            closeAll(opened);
            stopped.countDown();
        }, "shutdown"));

        String database = config.server().isPresent() ? config.database().safeUrl()
                : "embedded, in " + config.dataDir().toAbsolutePath().normalize();
        doing.addFirst("database: " + database);
        System.out.printf("Parallax (%s) is running: %s (%s)%n", role.name().toLowerCase(Locale.ROOT), address,
                String.join("; ", doing));
        stopped.await();
        return 0;
    }

    private static void closeAll(Deque<AutoCloseable> opened) {
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                LOG.warn("while stopping: {}", e.toString());
            }
        }
    }

    /** One line: why the web server cannot listen, and what to do. */
    private static String cannotListen(ParallaxConfig.WebSettings web, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return "port " + web.port() + " on " + web.host() + " is in use (or not allowed): stop the program"
                        + " using it, or choose another port with --port N (or PARALLAX_PORT)";
            }
        }
        return "cannot listen on " + web.host() + ":" + web.port() + ": " + failure.getMessage();
    }

    private static void runPipeline(PipelineWriter writer, AtomicBoolean stopping,
                                    java.util.concurrent.atomic.AtomicReference<Runnable> afterBatch) {
        if (stopping.get()) {
            return;
        }
        try {
            writer.runIfWriter(() -> !stopping.get()).filter(Pipeline.Report::didSomething)
                    .ifPresent(report -> {
                        LOG.info("pipeline: {}", report);
                        afterBatch.get().run();
                    });
        } catch (RuntimeException e) {
            // Keep the schedule alive: the next run retries whatever is still pending.
            LOG.error("pipeline run failed: {}", e.toString());
            LOG.debug("pipeline run failed", e);
        }
    }
}
