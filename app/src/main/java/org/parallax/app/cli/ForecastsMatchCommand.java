package org.parallax.app.cli;

import java.time.Instant;
import java.util.Locale;

import org.parallax.app.wiring.Databases;
import org.parallax.core.forecast.Candidate;
import org.parallax.core.forecast.ForecastWording;
import org.parallax.core.forecast.QuestionIndex;
import org.parallax.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "match", description = "Show which stored question a story would get, and its closest candidates.")
public final class ForecastsMatchCommand extends DataCommand {
    @Option(names = "--title", required = true, description = "The story's title.")
    String title;

    @Option(names = "--lead", defaultValue = "", description = "The story's opening sentences.")
    String lead;

    @Option(names = "--at", description = "The story's time, ISO-8601 (default: now).")
    Instant at;

    @Option(names = "--candidates", defaultValue = "5", description = "Candidates shown (default: ${DEFAULT-VALUE}).")
    int candidates;

    @Override
    public Integer call() {
        Instant time = at != null ? at : Instant.now();
        try (Database db = Databases.readOnly(config())) {
            QuestionIndex index = QuestionIndex.build(db.forecasts().recent(100_000));
            System.out.println("story entities: " + index.storyEntities(title, lead));
            for (Candidate c : index.candidates(title, lead, time).stream().limit(candidates).toList()) {
                System.out.printf(Locale.ROOT, "%s similarity=%.3f coverage=%.2f shared=%s  %s: %s%n",
                        c.passes(index.settings()) ? "PASS" : "    ", c.similarity(), c.coverage(), c.sharedEntities(),
                        c.question().source().label(), c.question().question());
            }
            var match = index.match(title, lead, time);
            System.out.println(match.map(c -> "nerd narrative: " + ForecastWording.sentence(c.question().toForecast())
                    + " " + c.question().url()).orElse("no forecast"));
            return 0;
        }
    }
}
