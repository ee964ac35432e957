package org.parallax.pipeline.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.OutletHint;
import org.parallax.core.model.Rating;
import org.parallax.core.ratings.AxisModel;
import org.parallax.core.ratings.OutletRater;
import org.parallax.core.ratings.PhraseTable;
import org.parallax.store.Database;

/**
 * Articles written for rating tests: left outlets write "undocumented immigrants" and "tax cuts for
 * the rich", right ones "illegal aliens" and "tax relief", in proportion to their lean; all share
 * neutral sentences. Twelve outlets carry a hand-entered stance, two do not ("Unrated Left",
 * "Unrated Right"), and "Thin Post" has two articles only.
 */
public final class RatingFixtures {
    /** Small settings for a dozen outlets: 5 articles and 100 words to be rated, 6 rated outlets to fit. */
    public static final OutletRater.Settings SETTINGS = new OutletRater.Settings(5, 100, 6, 3, 3,
            new PhraseTable.Settings(3, 3, 0.95, 1000, 3, 0.5), AxisModel.Settings.DEFAULT);
    public static final String PROVENANCE = "test editors' estimate";

    private static final List<String> NEUTRAL = List.of("The council met on Monday to discuss the budget.",
            "Officials said the plan would be reviewed next month.", "The border county reported more arrivals.",
            "A report on spending was released by the state auditor.", "Weather delayed the hearing again.",
            "Residents asked questions about the new school district lines.");
    private static final double[] LEANS = {-0.9, -0.7, -0.5, -0.3, 0.0, 0.3, 0.5, 0.7, 0.9, -0.8, 0.8, 0.1};

    private RatingFixtures() {
    }

    /** Stores the fixture outlets and their articles. */
    public static void store(Database db, Instant at) {
        Random random = new Random(5);
        for (int i = 0; i < LEANS.length; i++) {
            Outlet o = outlet(db, "Rated " + (i + 1), "rated" + (i + 1) + ".example", LEANS[i], 12, random, at);
            db.outlets().rate(o.id(), new Rating(LEANS[i], PROVENANCE), null);
        }
        outlet(db, "Unrated Left", "unrated-left.example", -0.8, 12, random, at);
        outlet(db, "Unrated Right", "unrated-right.example", 0.8, 12, random, at);
        outlet(db, "Thin Post", "thin.example", 0.6, 2, random, at);
    }

    private static Outlet outlet(Database db, String name, String domain, double lean, int count, Random random,
                                 Instant at) {
        OutletHint hint = new OutletHint(name, domain, null);
        Outlet outlet = db.outlets().resolve(hint);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 3; k++) {
                text.append(NEUTRAL.get(random.nextInt(NEUTRAL.size()))).append(' ');
            }
            double right = (lean + 1) / 2;
            text.append(random.nextDouble() < right ? "Police counted more illegal aliens at the crossing. "
                    : "Undocumented immigrants waited at the crossing. ");
            text.append(random.nextDouble() < right ? "The governor promised tax relief for families."
                    : "The governor defended tax cuts for the rich.");
            String url = "https://" + domain + "/news/" + i;
            db.articles().store(outlet.id(), new ArticleDraft(hint, url, url, "County news " + i, null,
                    at.minus(Duration.ofHours(i)), text.toString(), ArticleKind.NEWS, "en"), at);
        }
        return outlet;
    }
}
