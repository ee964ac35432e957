package org.parallax.pipeline.ratings;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.parallax.core.model.Article;
import org.parallax.core.model.Outlet;
import org.parallax.core.ratings.OutletRater;
import org.parallax.core.ratings.OutletRater.ArticleText;
import org.parallax.core.ratings.OutletRater.OutletTexts;
import org.parallax.core.ratings.RatingAxis;
import org.parallax.store.Database;

/**
 * Measures every outlet's left-right rating from its stored articles and stores the result as one
 * recompute (a row per rated outlet; earlier rows stay as its history). The model is fitted to the
 * outlets' hand-entered stances; an outlet is rated from at most its {@code maxArticlesPerOutlet}
 * latest articles.
 */
public final class RatingRecompute {
    /** How many of each outlet's latest articles a recompute reads. */
    public static final int MAX_ARTICLES_PER_OUTLET = 300;

    /** What one recompute did. */
    public record Report(OutletRater.Run run, int stored) {
        public int notRated() {
            return run.outcomes().size() - run.rated().size();
        }
    }

    private final Database db;
    private final OutletRater rater;
    private final InstantSource clock;
    private final int maxArticlesPerOutlet;

    public RatingRecompute(Database db, OutletRater.Settings settings, InstantSource clock, int maxArticlesPerOutlet) {
        this.db = Objects.requireNonNull(db, "db");
        this.rater = new OutletRater(settings);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxArticlesPerOutlet = maxArticlesPerOutlet;
    }

    public RatingRecompute(Database db, InstantSource clock) {
        this(db, OutletRater.Settings.DEFAULT, clock, MAX_ARTICLES_PER_OUTLET);
    }

    /** Runs the model over the stored articles; stores nothing when it could not be fitted ({@code run().problem()}). */
    public Report run() {
        List<OutletTexts> outlets = new ArrayList<>();
        for (Outlet outlet : db.outlets().all()) {
            List<ArticleText> texts = db.articles().ofOutlet(outlet.id(), maxArticlesPerOutlet).stream()
                    .map(RatingRecompute::text).toList();
            outlets.add(new OutletTexts(outlet.id(), outlet.domain() == null ? outlet.name() : outlet.domain(),
                    outlet.stance() == null ? null : outlet.stance().score(), texts));
        }
        OutletRater.Run run = rater.rate(outlets);
        int stored = run.problem() != null ? 0 : db.measuredRatings().save(RatingAxis.STANCE, run, clock.instant());
        return new Report(run, stored);
    }

    private static ArticleText text(Article a) {
        return new ArticleText(a.id(), a.url(), a.title() + ".\n" + a.text());
    }
}
