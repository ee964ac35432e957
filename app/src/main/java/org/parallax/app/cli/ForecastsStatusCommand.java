package org.parallax.app.cli;

import org.parallax.app.wiring.Databases;
import org.parallax.core.forecast.MarketSource;
import org.parallax.store.Database;
import picocli.CommandLine.Command;

@Command(name = "status", description = "Questions stored per provider, and how each live provider's last refresh went.")
public final class ForecastsStatusCommand extends DataCommand {
    @Override
    public Integer call() {
        try (Database db = Databases.readOnly(config())) {
            var counts = db.forecasts().countBySource();
            for (MarketSource source : MarketSource.values()) {
                System.out.printf("%-10s %7d questions%n", source.label(), counts.getOrDefault(source, 0L));
            }
            for (var status : db.providerStatus().all()) {
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
