package org.parallax.app.cli;

import java.time.InstantSource;
import java.util.concurrent.Callable;

import org.parallax.app.wiring.Parallax;
import org.parallax.app.config.ParallaxConfig;
import org.parallax.pipeline.forecast.ForecastConfig;
import org.parallax.pipeline.forecast.ForecastRefresher;
import org.parallax.markets.LiveProviders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "refresh", description = "Read the enabled live providers once into the question bank, now.")
public final class ForecastsRefreshCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        ParallaxConfig config = ParallaxConfig.from(System.getenv(), data.dataDir, null, null);
        ForecastConfig forecasts = ForecastConfig.from(System.getenv());
        LiveProviders.disabled(forecasts.providers())
                .forEach((source, reason) -> System.out.println(source.label() + ": off, " + reason));
        try (Parallax parallax = Parallax.open(config, InstantSource.system())) {
            ForecastRefresher refresher = new ForecastRefresher(parallax.db(),
                    LiveProviders.create(forecasts.providers(), InstantSource.system()), InstantSource.system(),
                    forecasts.refreshInterval());
            var outcomes = refresher.runAll();
            outcomes.forEach(System.out::println);
            return outcomes.stream().allMatch(o -> o.error() == null) ? 0 : 1;
        }
    }
}
