package org.parallax.app.cli;

import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parallax.app.wiring.Databases;
import org.parallax.core.model.Outlet;
import org.parallax.core.ratings.OutletRater;
import org.parallax.pipeline.ratings.RatingRecompute;
import org.parallax.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax ratings ...}: outlet ratings measured from the outlets' own words. */
@Command(name = "ratings", description = "Outlet ratings measured from the outlets' own words.",
        subcommands = {RatingsCommand.Recompute.class, CommandLine.HelpCommand.class})
public final class RatingsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "recompute", mixinStandardHelpOptions = true, description = {
            "Measure every outlet with enough stored text on the left-right axis and store the result as one",
            "recompute (earlier ones stay as history). The model is fitted to the hand-entered stances; an",
            "outlet's own hand-entered stance never enters its measurement. Outlets with fewer than "
                    + "5 articles or 1,000 words stay \"not rated yet\"."})
    static final class Recompute extends DataCommand {
        @Override
        public Integer call() {
            try (Database db = Databases.writable(config())) {
                long started = System.nanoTime();
                RatingRecompute.Report report = new RatingRecompute(db, InstantSource.system()).run();
                OutletRater.Run run = report.run();
                if (run.problem() != null) {
                    System.err.println("parallax: cannot measure ratings: " + run.problem()
                            + " (give outlets a stance with `parallax outlets add --stance`, or import more articles)");
                    return 1;
                }
                Map<Long, Outlet> outlets = db.outlets().all().stream()
                        .collect(Collectors.toMap(Outlet::id, Function.identity()));
                List<OutletRater.Rated> rated = run.rated().stream()
                        .sorted(Comparator.comparingDouble(r -> r.placement().score())).toList();
                System.out.printf("%5s  %-34s %9s %15s %8s %9s  %s%n", "id", "name", "measured", "90% interval",
                        "articles", "words", "hand-entered");
                for (OutletRater.Rated r : rated) {
                    Outlet o = outlets.get(r.outletId());
                    System.out.printf(Locale.ROOT, "%5d  %-34s %+9.2f  [%+.2f, %+.2f] %8d %9d  %s%n", r.outletId(),
                            cut(o.name()), r.placement().score(), r.placement().low(), r.placement().high(),
                            r.articles(), r.words(), o.stance() == null ? "-"
                                    : String.format(Locale.ROOT, "%+.2f", o.stance().score()));
                }
                System.out.printf(Locale.ROOT, "ratings: rated=%d not_rated=%d training_outlets=%d phrases=%d "
                                + "model=%s seconds=%.1f%n", report.stored(), report.notRated(), run.trainingOutlets(),
                        run.phrases(), run.modelVersion(), (System.nanoTime() - started) / 1e9);
                return 0;
            }
        }

        private static String cut(String text) {
            return text.length() <= 34 ? text : text.substring(0, 33) + "…";
        }
    }
}
