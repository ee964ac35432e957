package org.parallax.app.cli;

import java.time.InstantSource;

import org.parallax.app.wiring.Databases;
import org.parallax.fetch.Fetcher;
import org.parallax.pipeline.forecast.ForecastConfig;
import org.parallax.pipeline.forecast.ForecastRefresher;
import org.parallax.markets.LiveProviders;
import org.parallax.store.Database;
import picocli.CommandLine.Command;

@Command(name = "refresh", description = "Read the enabled live providers once into the question bank, now.")
public final class ForecastsRefreshCommand extends DataCommand {
    @Override
    public Integer call() {
        ForecastConfig forecasts = config().forecasts();
        LiveProviders.disabled(forecasts.providers())
                .forEach((source, reason) -> System.out.println(source.label() + ": off, " + reason));
        try (Database db = Databases.writable(config());
             Fetcher fetcher = Fetcher.standard(config().live().fetch(), InstantSource.system())) {
            ForecastRefresher refresher = new ForecastRefresher(db,
                    LiveProviders.create(forecasts.providers(), fetcher, InstantSource.system()), InstantSource.system(),
                    forecasts.refreshInterval());
            var outcomes = refresher.runAll();
            outcomes.forEach(System.out::println);
            return outcomes.stream().allMatch(o -> o.error() == null) ? 0 : 1;
        }
    }
}
