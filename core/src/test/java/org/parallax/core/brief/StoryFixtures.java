package org.parallax.core.brief;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.parallax.core.model.Article;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.Rating;
import org.parallax.core.model.SourcedArticle;

/** A fictional story (a bridge struck by a ship in the invented town of Port Elwin) for composer tests. */
final class StoryFixtures {

    static final Instant T0 = Instant.parse("2024-03-05T06:00:00Z");

    static final Outlet LEFT_DAILY = outlet(1, "Left Daily", "leftdaily.example", -0.7);
    static final Outlet CENTER_WIRE = outlet(2, "Center Wire", "centerwire.example", 0.0);
    static final Outlet RIGHT_POST = outlet(3, "Right Post", "rightpost.example", 0.7);
    static final Outlet LEFT_WEEKLY = outlet(4, "Left Weekly", "leftweekly.example", -0.5);
    static final Outlet CENTER_TIMES = outlet(5, "Center Times", "centertimes.example", 0.1);

    private StoryFixtures() {
    }

    static Outlet outlet(long id, String name, String domain, Double stance) {
        return new Outlet(id, name, domain, "US", stance == null ? null : new Rating(stance, "test"), null, List.of());
    }

    static SourcedArticle article(long id, Outlet outlet, ArticleKind kind, int minutes, String title, String text) {
        Article a = new Article(id, outlet.id(), "https://" + outlet.domain() + "/a/" + id,
                "https://" + outlet.domain() + "/a/" + id, title, null, T0.plusSeconds(60L * minutes), T0, text, kind,
                "en", null);
        return new SourcedArticle(a, outlet);
    }

    static SourcedArticle centerWire() {
        return article(10, CENTER_WIRE, ArticleKind.NEWS, 0,
                "Cargo ship strikes Harbor bridge in Port Elwin, six workers missing - Center Wire",
                """
                PORT ELWIN (Center Wire) — A cargo ship struck the Harbor bridge in Port Elwin early Tuesday, \
                bringing down two spans of the bridge into the river.

                Six road workers who were filling potholes on the bridge are missing, the harbor police chief said.

                The ship lost propulsion minutes before the collision and its crew sent a mayday call, according to \
                the port authority.

                Click here to sign up for our morning newsletter.

                What happens to the shipping channel now?

                Divers from three counties joined the search, which was suspended at nightfall because of strong \
                currents.

                The Harbor bridge opened in 1977 and carried about 30,000 vehicles a day.""");
    }

    static SourcedArticle leftDaily() {
        return article(11, LEFT_DAILY, ArticleKind.NEWS, 30,
                "Six workers missing after ship hits Port Elwin bridge | Left Daily",
                """
                By Jane Roe

                Six road workers are missing after a cargo ship struck the Harbor bridge in Port Elwin on Tuesday \
                and two spans fell into the river.

                The vessel had lost propulsion shortly before it hit a support pillar, the port authority said in a \
                statement.

                We reached out to the shipping company for comment but did not hear back.

                But the governor said the state would rebuild the bridge as quickly as possible.

                The governor said federal money would be requested to rebuild the span, which was...""");
    }

    static SourcedArticle rightPost() {
        return article(12, RIGHT_POST, ArticleKind.NEWS, 45,
                "Shocking collapse: ship destroys Port Elwin bridge, workers missing",
                """
                A cargo ship smashed into the Harbor bridge in Port Elwin on Tuesday, knocking two spans into the \
                river and leaving six road workers missing.

                However, Governor Dana Holt promised that the state would rebuild the bridge within two years.

                Harbor traffic was halted and the port was closed to all vessels until the wreckage is cleared by \
                salvage crews.

                Photo: Harbor police boats near the wreck.""");
    }

    static SourcedArticle leftOpinion() {
        return article(20, LEFT_WEEKLY, ArticleKind.OPINION, 120,
                "The bridge was an accident waiting to happen",
                """
                Enough.

                For decades, Port Elwin was told that its aging bridges would hold, and that maintenance could wait \
                another budget cycle. The collapse of the Harbor bridge shows what that neglect costs when a single \
                ship loses power. Public investment in infrastructure is not a luxury; it is the price of keeping \
                workers alive. The state should fund inspections of every span before the next disaster.""");
    }

    static SourcedArticle rightOpinion() {
        return article(21, RIGHT_POST, ArticleKind.OPINION, 150,
                "Don't turn a shipping accident into a spending spree",
                """
                A ship lost power and hit a bridge; that is a tragedy, not proof that the state needs a new \
                infrastructure agency. Before lawmakers pour billions into a rebuilding plan, investigators should \
                establish why the vessel's engines failed and who is liable. The shipping company and its insurers, \
                not taxpayers, should pay for the Harbor bridge.""");
    }

    static List<SourcedArticle> newsOnly() {
        return List.of(centerWire(), leftDaily(), rightPost());
    }

    static List<SourcedArticle> withBothSides() {
        List<SourcedArticle> all = new ArrayList<>(newsOnly());
        all.add(leftOpinion());
        all.add(rightOpinion());
        return all;
    }
}
