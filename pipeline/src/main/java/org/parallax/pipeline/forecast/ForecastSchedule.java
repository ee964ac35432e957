package org.parallax.pipeline.forecast;

import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.parallax.fetch.Fetcher;
import org.parallax.markets.ForecastProvider;
import org.parallax.markets.LiveProviders;
import org.parallax.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background refresh of live providers while serving: once a minute, each provider whose next
 * refresh is due is read ({@link ForecastRefresher}), on a thread of its own so that a slow provider
 * never delays the pipeline; briefs composed afterwards see the new questions.
 */
public final class ForecastSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ForecastSchedule.class);
    private static final long CHECK_SECONDS = 60;

    private final ScheduledExecutorService scheduler;

    private ForecastSchedule(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts refreshing, or does nothing when live forecasts are off; returns a line saying which. */
    public static Started start(Database db, StoredForecastSource bank, ForecastConfig config, Fetcher fetcher,
                                InstantSource clock) {
        List<ForecastProvider> providers = config.live() ? LiveProviders.create(config.providers(), fetcher, clock)
                : List.of();
        if (providers.isEmpty()) {
            return new Started(new ForecastSchedule(null), "live forecasts off"
                    + (config.live() ? " (every provider is switched off)" : " (PARALLAX_FORECASTS_LIVE=off)"));
        }
        ForecastRefresher refresher = new ForecastRefresher(db, providers, clock, config.refreshInterval());
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("forecasts").daemon().factory());
        scheduler.scheduleWithFixedDelay(() -> refresh(refresher, bank), 5, CHECK_SECONDS, TimeUnit.SECONDS);
        String names = String.join(", ", providers.stream().map(p -> p.source().label()).toList());
        return new Started(new ForecastSchedule(scheduler), "live forecasts from " + names + " every "
                + config.refreshInterval().toMinutes() + " min");
    }

    /** @param description one line for the start-up message */
    public record Started(ForecastSchedule schedule, String description) {
    }

    private static void refresh(ForecastRefresher refresher, StoredForecastSource bank) {
        try {
            List<ForecastRefresher.Outcome> outcomes = refresher.runDue();
            if (outcomes.stream().anyMatch(o -> o.stored().stored() > 0)) {
                bank.invalidate();
            }
            outcomes.forEach(o -> LOG.debug("forecasts: {}", o));
        } catch (RuntimeException e) {
            // e.g. the database is briefly unavailable: the next check tries again
            LOG.warn("forecast refresh failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
