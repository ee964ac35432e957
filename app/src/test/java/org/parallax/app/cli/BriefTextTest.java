package org.parallax.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.brief.NarrativeSelector;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Coverage;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Forecast;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Narrative;
import org.parallax.core.model.NarrativeSide;
import org.parallax.core.model.Side;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.Topic;

class BriefTextTest {
    private static final Instant T = Instant.parse("2026-03-05T10:00:00Z");
    private static final SourceRef LEFT = new SourceRef(1, 10, "Left Ledger", "https://l.example/1");
    private static final SourceRef CENTRE = new SourceRef(2, 20, "Center Wire", "https://c.example/2");
    private static final SourceRef RIGHT = new SourceRef(3, 30, "Right Herald", "https://r.example/3");

    @Test
    void rendersTheLayoutOfTheExample() {
        Brief brief = new Brief(7, "Riverton approves transit plan", Topic.POLITICS,
                List.of(new Fact("The council voted 7-2 on Tuesday.", List.of(CENTRE, LEFT)),
                        new Fact("Construction starts next spring.", List.of(RIGHT))),
                List.of(Narrative.of(NarrativeSide.LEFT, ArticleKind.OPINION, "A win for working families.", LEFT),
                        Narrative.of(NarrativeSide.RIGHT, ArticleKind.OPINION, "A boondoggle in waiting.", RIGHT)),
                null, new Forecast("Will the first line open before 2031?", 0.1, "Metaculus",
                "https://www.metaculus.com/questions/1/", T),
                new Coverage(List.of(new Coverage.CoveringOutlet(10, "Left Ledger", Side.LEFT, 2),
                        new Coverage.CoveringOutlet(20, "Center Wire", Side.CENTER, 1),
                        new Coverage.CoveringOutlet(30, "Right Herald", Side.RIGHT, 2))), T);
        assertThat(BriefText.render(brief)).isEqualTo("""
                Riverton approves transit plan

                - The council voted 7-2 on Tuesday. Center Wire, Left Ledger
                - Construction starts next spring. Right Herald
                Left narrative:
                - A win for working families.
                Left Ledger
                Right narrative:
                - A boondoggle in waiting.
                Right Herald
                Nerd narrative:
                - Metaculus gives a 10% chance to "Will the first line open before 2031?", as of 5 Mar 2026.
                Metaculus, as of 5 Mar 2026: https://www.metaculus.com/questions/1/

                Coverage: 3 outlets (Left 1, Centre 1, Right 1)
                """);
    }

    @Test
    void saysWhatIsMissingAndWhichWingIgnoresTheStory() {
        Brief brief = new Brief(8, "Op-eds only", Topic.GENERAL, List.of(), List.of(),
                NarrativeSelector.missing(NarrativeSide.LEFT), null,
                new Coverage(List.of(new Coverage.CoveringOutlet(10, "Left Ledger", Side.LEFT, 1),
                        new Coverage.CoveringOutlet(11, "Left Weekly", Side.LEFT, 1),
                        new Coverage.CoveringOutlet(12, "Left Wire", Side.LEFT, 3))), T);
        assertThat(BriefText.render(brief)).isEqualTo("""
                Op-eds only

                No news report covers this story yet.
                No argument from the right covers this story yet, only from the left.

                Coverage: 3 outlets (Left 3). Blindspot for the right: 3 of 3 rated outlets covering this story are \
                on the left, none on the right.
                """);
    }

    @Test
    void establishmentNarrativesAreHeadedByTheirSide() {
        Brief brief = new Brief(9, "Town sells its water utility", Topic.GENERAL,
                List.of(new Fact("The council voted 5-4 on Monday.", List.of(CENTRE))),
                List.of(Narrative.of(NarrativeSide.ESTABLISHMENT_CRITICAL, ArticleKind.NEWS, "A reckless sale.", LEFT),
                        Narrative.of(NarrativeSide.PRO_ESTABLISHMENT, ArticleKind.OPINION, "A sensible sale.", RIGHT)),
                null, null, new Coverage(List.of(new Coverage.CoveringOutlet(20, "Center Wire", Side.CENTER, 1))), T);
        assertThat(BriefText.render(brief)).isEqualTo("""
                Town sells its water utility

                - The council voted 5-4 on Monday. Center Wire
                Establishment-critical narrative:
                - A reckless sale.
                Left Ledger
                Pro-establishment narrative:
                - A sensible sale.
                Right Herald

                Coverage: 1 outlet (Centre 1)
                """);
    }

    @Test
    void aStoryOfArgumentsOnlyPointsToThem() {
        Brief brief = new Brief(10, "Two views of the sale", Topic.GENERAL, List.of(),
                List.of(Narrative.of(NarrativeSide.LEFT, ArticleKind.OPINION, "A reckless sale.", LEFT),
                        Narrative.of(NarrativeSide.RIGHT, ArticleKind.OPINION, "A sensible sale.", RIGHT)),
                null, null, new Coverage(List.of()), T);
        assertThat(BriefText.render(brief)).startsWith("""
                Two views of the sale

                No news report covers this story yet: only the arguments below.
                Left narrative:
                """);
    }
}
