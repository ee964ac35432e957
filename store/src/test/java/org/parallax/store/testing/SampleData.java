package org.parallax.store.testing;

import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Coverage;
import org.parallax.core.model.Coverage.CoveringOutlet;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Forecast;
import org.parallax.core.model.Narrative;
import org.parallax.core.model.NarrativeSide;
import org.parallax.core.model.OutletHint;
import org.parallax.core.model.Side;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.Topic;

import java.time.Instant;
import java.util.List;

/** Small, valid domain values for tests that need some data in the store. */
public final class SampleData {

    private SampleData() {
    }

    public static OutletHint outlet(String name, String domain) {
        return new OutletHint(name, domain, null);
    }

    /** A news draft with the canonical URL as its URL. */
    public static ArticleDraft draft(OutletHint outlet, String canonicalUrl, String title, Instant published) {
        return new ArticleDraft(outlet, canonicalUrl, canonicalUrl, title, "A. Reporter", published,
                "First paragraph of " + title + ".\n\nSecond paragraph.", ArticleKind.NEWS, "en");
    }

    /** A brief with every part filled: two facts, two narratives, a forecast and coverage. */
    public static Brief fullBrief(long storyId, String title, Topic topic, Instant composedAt) {
        SourceRef left = new SourceRef(11, 1, "Left Daily", "https://left.example/a");
        SourceRef right = new SourceRef(12, 2, "Right Times", "https://right.example/b");
        return new Brief(storyId, title, topic,
                List.of(new Fact("The council voted 7 to 2 on Monday.", List.of(left, right)),
                        new Fact("The plan costs €4.2 million.", List.of(right))),
                List.of(Narrative.of(NarrativeSide.PRO_ESTABLISHMENT, ArticleKind.OPINION, "The vote protects tenants.", left),
                        Narrative.of(NarrativeSide.ESTABLISHMENT_CRITICAL, ArticleKind.NEWS, "The vote burdens owners.", right)),
                null,
                new Forecast("Will the plan pass a referendum?", 0.37, "Metaculus",
                        "https://www.metaculus.com/questions/1/", Instant.parse("2025-03-01T12:00:00.123456789Z")),
                new Coverage(List.of(new CoveringOutlet(1, "Left Daily", Side.LEFT, 2),
                        new CoveringOutlet(2, "Right Times", Side.RIGHT, 1))),
                composedAt);
    }

    /** A brief without narratives (naming the missing view) and without a forecast. */
    public static Brief plainBrief(long storyId, String title, Topic topic, Instant composedAt) {
        SourceRef source = new SourceRef(21, 3, "Centre Post", "https://centre.example/c");
        return new Brief(storyId, title, topic, List.of(new Fact("It rained.", List.of(source))), List.of(),
                "Right", null, new Coverage(List.of(new CoveringOutlet(3, "Centre Post", Side.CENTER, 1))),
                composedAt);
    }
}
