package org.parallax.pipeline.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;
import org.parallax.markets.FetchError;
import org.parallax.markets.FetchResult;
import org.parallax.markets.ForecastProvider;
import org.parallax.store.Database;
import org.parallax.store.ForecastRepository.UpsertCounts;
import org.parallax.store.ProviderStatusRepository.ProviderStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the live providers into the question bank: each provider's open questions, then the stored
 * open questions of that provider that the listing did not refresh (a few per run, through the
 * provider's per-question cache). The outcome of each run is recorded as the provider's status;
 * failures are logged only when a provider starts or stops failing, and back off: the wait doubles
 * with each consecutive failure, up to {@link #MAX_BACK_OFF}, and honours a provider's Retry-After.
 */
public final class ForecastRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(ForecastRefresher.class);
    static final Duration MAX_BACK_OFF = Duration.ofHours(6);
    /** Stored questions read again one by one per run and provider. */
    static final int TOP_UP = 50;

    /** What one provider's refresh did. */
    public record Outcome(MarketSource source, int read, int skipped, UpsertCounts stored, int reread, FetchError error,
                          Instant nextAttempt) {
        @Override
        public String toString() {
            return source.label() + ": " + read + " open questions read (" + skipped + " not binary or not usable), "
                    + reread + " re-read; " + stored.inserted() + " new, " + stored.updated() + " updated"
                    + (error != null ? "; " + error : "") + "; next refresh at " + nextAttempt;
        }
    }

    private final Database db;
    private final List<ForecastProvider> providers;
    private final InstantSource clock;
    private final Duration interval;

    public ForecastRefresher(Database db, List<ForecastProvider> providers, InstantSource clock, Duration interval) {
        this.db = db;
        this.providers = List.copyOf(providers);
        this.clock = clock;
        this.interval = interval;
    }

    /** Refreshes the providers whose next refresh is due. */
    public synchronized List<Outcome> runDue() {
        Instant now = clock.instant();
        List<Outcome> out = new ArrayList<>();
        for (ForecastProvider provider : providers) {
            Optional<ProviderStatus> status = db.providerStatus().find(provider.source());
            if (status.isEmpty() || status.get().nextAttempt() == null || !now.isBefore(status.get().nextAttempt())) {
                out.add(refresh(provider, status));
            }
        }
        return out;
    }

    /** Refreshes every provider now, whatever the schedule. */
    public synchronized List<Outcome> runAll() {
        return providers.stream().map(p -> refresh(p, db.providerStatus().find(p.source()))).toList();
    }

    private Outcome refresh(ForecastProvider provider, Optional<ProviderStatus> previous) {
        Instant started = clock.instant();
        ForecastProvider.Listing listing = provider.openQuestions();
        UpsertCounts stored = db.forecasts().upsert(listing.questions(), clock.instant());
        FetchError error = listing.stoppedBy();
        List<MarketQuestion> reread = new ArrayList<>();
        if (error == null) {
            for (MarketQuestion stale : db.forecasts().staleOpen(provider.source(), started.minus(interval), started, TOP_UP)) {
                FetchResult<Optional<MarketQuestion>> result = provider.question(stale.externalId());
                if (result instanceof FetchResult.Failed<Optional<MarketQuestion>> failed) {
                    error = failed.error();
                    break;
                }
                ((FetchResult.Fetched<Optional<MarketQuestion>>) result).value().ifPresent(reread::add);
            }
            stored = stored.plus(db.forecasts().upsert(reread, clock.instant()));
        }
        boolean worked = error == null || !listing.questions().isEmpty();
        Outcome outcome = record(provider.source(), previous, worked, error, listing, stored, reread.size());
        logTransition(previous, outcome, worked);
        return outcome;
    }

    private Outcome record(MarketSource source, Optional<ProviderStatus> previous, boolean worked, FetchError error,
                           ForecastProvider.Listing listing, UpsertCounts stored, int reread) {
        Instant now = clock.instant();
        int errors = worked ? 0 : previous.map(ProviderStatus::consecutiveErrors).orElse(0) + 1;
        Instant next = now.plus(worked ? interval : backOff(errors));
        if (error != null && error.retryAt() != null && error.retryAt().isAfter(next)) {
            next = error.retryAt();
        }
        db.providerStatus().save(new ProviderStatus(source, now,
                worked ? now : previous.map(ProviderStatus::lastSuccess).orElse(null),
                error == null ? null : error.toString(), error == null ? previous.map(ProviderStatus::lastErrorAt).orElse(null) : now,
                errors, worked ? listing.questions().size() + reread : previous.map(ProviderStatus::questions).orElse(0), next));
        return new Outcome(source, listing.questions().size(), listing.skipped(), stored, reread, error, next);
    }

    private Duration backOff(int consecutiveErrors) {
        Duration wait = interval;
        for (int i = 1; i < consecutiveErrors && wait.compareTo(MAX_BACK_OFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait;
    }

    private static void logTransition(Optional<ProviderStatus> previous, Outcome outcome, boolean worked) {
        boolean wasFailing = previous.map(p -> p.consecutiveErrors() > 0).orElse(false);
        if (!worked && !wasFailing) {
            LOG.warn("forecasts: {} cannot be read ({}); retrying at {}, further failures are only recorded "
                    + "(parallax forecasts status)", outcome.source().label(), outcome.error(), outcome.nextAttempt());
        } else if (worked && wasFailing) {
            LOG.info("forecasts: {} can be read again", outcome.source().label());
        }
    }
}
