package org.parallax.app.cli;

import java.time.InstantSource;
import java.util.concurrent.Callable;

import org.parallax.app.wiring.Parallax;
import org.parallax.app.config.ParallaxConfig;
import org.parallax.core.forecast.MarketSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "status", description = "Questions stored per provider, and how each live provider's last refresh went.")
public final class ForecastsStatusCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        ParallaxConfig config = ParallaxConfig.from(System.getenv(), data.dataDir, null, null);
        try (Parallax parallax = Parallax.open(config, InstantSource.system())) {
            var counts = parallax.db().forecasts().countBySource();
            for (MarketSource source : MarketSource.values()) {
                System.out.printf("%-10s %7d questions%n", source.label(), counts.getOrDefault(source, 0L));
            }
            for (var status : parallax.db().providerStatus().all()) {
                System.out.printf("%s: last refresh %s, last success %s, %d questions%s; next %s%n",
                        status.source().label(), status.lastAttempt(),
                        status.lastSuccess() == null ? "never" : status.lastSuccess(), status.questions(),
                        status.lastError() == null ? "" : "; " + status.consecutiveErrors() + " failures in a row, last: "
                                + status.lastError(),
                        status.nextAttempt());
            }
            return 0;
        }
    }
}
