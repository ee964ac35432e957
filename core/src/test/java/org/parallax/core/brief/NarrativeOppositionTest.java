package org.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.Article;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.NarrativeSide;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.Rating;
import org.parallax.core.model.SourcedArticle;

class NarrativeOppositionTest {

    private static final String HEADLINE = "Port Elwin votes on a new harbor bridge";

    @Test
    void approvalAgainstDisapprovalOfTheSameThingOpposes() {
        assertThat(NarrativeOpposition.opposed(
                "The new harbor bridge is a sensible investment that will protect the port's jobs.", HEADLINE,
                "The harbor bridge plan is a reckless waste of money the town does not have.", HEADLINE)).isTrue();
    }

    @Test
    void twoSidesThatBothDisapproveAgree() {
        assertThat(NarrativeOpposition.opposed(
                "The harbor bridge plan is a reckless waste of money.", HEADLINE,
                "The council's harbor bridge plan is a costly failure in the making.", HEADLINE)).isFalse();
    }

    @Test
    void differentPrescriptionsOppose() {
        assertThat(NarrativeOpposition.opposed(
                "The state should fund inspections of every harbor bridge before the next collision.", HEADLINE,
                "The shipping company and its insurers should pay for the harbor bridge, not taxpayers.", HEADLINE))
                .isTrue();
    }

    @Test
    void passagesAboutDifferentQuestionsDoNotOppose() {
        assertThat(NarrativeOpposition.opposed(
                "Ferry fares are a sensible bargain for commuters.", "Ferry fares frozen",
                "The mayor's tax plan is a reckless giveaway.", "Mayor unveils tax plan")).isFalse();
    }

    @Test
    void passagesWithoutAnyStanceCueGiveNoEvidenceOfDisagreement() {
        assertThat(NarrativeOpposition.differentPositions(
                "The harbor bridge opened in 1977 and carried 30,000 vehicles a day.",
                "The harbor bridge carried 30,000 vehicles a day when it opened.")).isFalse();
    }

    @Test
    void quotedWordsAndNegatedCuesCountAsTheyShould() {
        assertThat(NarrativeOpposition.stance("Critics called it \"a reckless disaster\", but the plan is sensible."))
                .isEqualTo(1);
        assertThat(NarrativeOpposition.stance("The plan is not sensible.")).isEqualTo(-1);
    }

    @Test
    void bothSidesThatAgreeGetNoNarrativesButANote() {
        Outlet left = new Outlet(1, "Lake Ledger", "lakeledger.example", "US", new Rating(-0.7, "test"), null, List.of());
        Outlet right = new Outlet(2, "Hill Herald", "hillherald.example", "US", new Rating(0.7, "test"), null, List.of());
        NarrativeSelector.Choice choice = new NarrativeSelector().select(List.of(
                opinion(1, left, "The harbor bridge plan is a reckless waste of money the town cannot afford. "
                        + "Residents deserve better than a costly failure."),
                opinion(2, right, "The council's harbor bridge plan is a disaster for taxpayers. It is a wasteful, "
                        + "flawed scheme.")));
        assertThat(choice.narratives()).isEmpty();
        assertThat(choice.missingView()).isEqualTo(NarrativeSelector.notOpposed(NarrativeSide.LEFT, NarrativeSide.RIGHT))
                .startsWith("Both the left and the right cover this story");
    }

    private static SourcedArticle opinion(long id, Outlet outlet, String text) {
        return new SourcedArticle(new Article(id, outlet.id(), "https://" + outlet.domain() + "/" + id,
                "https://" + outlet.domain() + "/" + id, HEADLINE, null, StoryFixtures.T0, StoryFixtures.T0, text,
                ArticleKind.OPINION, "en", null), outlet);
    }
}
