package org.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.Article;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Axis;
import org.parallax.core.model.Narrative;
import org.parallax.core.model.NarrativeSide;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.Rating;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.text.SentenceSplitter;

/**
 * The axis of the narratives, the side labels and the missing view, on a fictional story: the
 * town of Marrow Bay votes to sell its water utility to a private operator.
 */
class NarrativeSelectorTest {

    private static final Instant T0 = Instant.parse("2025-06-02T08:00:00Z");

    // stance, establishment
    private static final Outlet CAPITAL_RECORD = outlet(1, "Capital Record", -0.1, 0.8);
    private static final Outlet OUTSIDER_REVIEW = outlet(2, "Outsider Review", 0.1, -0.8);
    private static final Outlet PEOPLES_DAILY = outlet(3, "Peoples Daily", -0.7, 0.6);
    private static final Outlet HERITAGE_POST = outlet(4, "Heritage Post", 0.7, 0.2);
    private static final Outlet WIRE = outlet(5, "Bay Wire", 0.0, 0.7);
    private static final Outlet REBEL_LEFT = outlet(6, "Rebel Left", -0.4, -0.9);
    private static final Outlet PALACE_RIGHT = outlet(7, "Palace Right", 0.4, 0.9);

    private static final String REPORT = """
            MARROW BAY — The town council voted 5-4 on Monday to sell the municipal water utility to Clearflow \
            Holdings for $48 million.

            The sale still needs the approval of the state utilities board, which is expected to rule in the autumn.

            Clearflow said it would keep rates flat for three years and invest $20 million in pipes.""";

    private static final String FOR_THE_SALE = """
            Marrow Bay has finally done the sensible thing. A town that cannot fix its own leaking pipes should \
            not be running a water company, and the council was right to hand the job to people who can. \
            Residents will get cleaner water and a rate freeze they never had under the old board.""";

    private static final String AGAINST_THE_SALE = """
            The council has sold a public necessity to the highest bidder, and residents will pay for it for \
            decades. Water is not a luxury, and no private operator should profit from a town's thirst. \
            Voters must be allowed to overturn this deal at the ballot box.""";

    private final NarrativeSelector selector = new NarrativeSelector();

    private static Outlet outlet(long id, String name, double stance, double establishment) {
        return new Outlet(id, name, name.toLowerCase().replace(' ', '-') + ".example", "US",
                new Rating(stance, "test"), new Rating(establishment, "test"), List.of());
    }

    private static SourcedArticle piece(long id, Outlet outlet, ArticleKind kind, String text) {
        Article a = new Article(id, outlet.id(), "https://" + outlet.domain() + "/" + id,
                "https://" + outlet.domain() + "/" + id, "Marrow Bay sells its water utility", null,
                T0.plusSeconds(600 * id), T0, text, kind, "en", null);
        return new SourcedArticle(a, outlet);
    }

    @Test
    void outletsSplitOnEstablishmentGiveEstablishmentNarratives() {
        // Both opinion outlets sit near the centre on left-right, far apart on establishment.
        List<SourcedArticle> story = List.of(
                piece(1, WIRE, ArticleKind.NEWS, REPORT),
                piece(2, CAPITAL_RECORD, ArticleKind.OPINION, FOR_THE_SALE),
                piece(3, OUTSIDER_REVIEW, ArticleKind.OPINION, AGAINST_THE_SALE));

        NarrativeSelector.Choice choice = selector.select(story);

        assertThat(choice.missingView()).isNull();
        assertThat(choice.narratives()).extracting(Narrative::axis).containsOnly(Axis.ESTABLISHMENT);
        assertThat(choice.narratives()).extracting(Narrative::label)
                .containsExactly("Establishment-critical narrative", "Pro-establishment narrative");
        assertThat(choice.narratives()).extracting(Narrative::side)
                .containsExactly("Establishment-critical", "Pro-establishment");
        assertThat(choice.narratives().get(0).source().outletId()).isEqualTo(OUTSIDER_REVIEW.id());
        assertThat(choice.narratives().get(1).source().outletId()).isEqualTo(CAPITAL_RECORD.id());
        assertThat(choice.narratives()).extracting(Narrative::kind).containsOnly(ArticleKind.OPINION);
    }

    @Test
    void outletsSplitOnLeftAndRightGiveLeftAndRightNarratives() {
        List<SourcedArticle> story = List.of(
                piece(1, WIRE, ArticleKind.NEWS, REPORT),
                piece(2, HERITAGE_POST, ArticleKind.OPINION, FOR_THE_SALE),
                piece(3, PEOPLES_DAILY, ArticleKind.OPINION, AGAINST_THE_SALE));

        NarrativeSelector.Choice choice = selector.select(story);

        assertThat(choice.narratives()).extracting(Narrative::label).containsExactly("Left narrative", "Right narrative");
        assertThat(choice.narratives().get(0).source().outletName()).isEqualTo("Peoples Daily");
        assertThat(choice.narratives().get(1).source().outletName()).isEqualTo("Heritage Post");
    }

    @Test
    void whenBothAxesSplitTheEstablishmentAxisMustBeClearlyWider() {
        // left-right gap 0.8, establishment gap 1.8: establishment vs critical
        NarrativeSelector.Choice wide = selector.select(List.of(
                piece(1, REBEL_LEFT, ArticleKind.OPINION, AGAINST_THE_SALE),
                piece(2, PALACE_RIGHT, ArticleKind.OPINION, FOR_THE_SALE)));
        assertThat(wide.narratives()).extracting(Narrative::axis).containsOnly(Axis.ESTABLISHMENT);
        assertThat(wide.narratives().get(0).source().outletName()).isEqualTo("Rebel Left");

        // left-right gap 1.4, establishment gap 1.4 - not wider by the margin: left vs right
        Outlet leftCritical = outlet(8, "Left Critical", -0.7, -0.7);
        Outlet rightEstablished = outlet(9, "Right Established", 0.7, 0.7);
        NarrativeSelector.Choice even = selector.select(List.of(
                piece(1, leftCritical, ArticleKind.OPINION, AGAINST_THE_SALE),
                piece(2, rightEstablished, ArticleKind.OPINION, FOR_THE_SALE)));
        assertThat(even.narratives()).extracting(Narrative::axis).containsOnly(Axis.LEFT_RIGHT);
    }

    @Test
    void anAxisArguedInOpinionPiecesBeatsOneThatNeedsANewsPassage() {
        // Establishment vs critical would be wider, but its pro-establishment side only has a news
        // report with loaded framing; left vs right has opinion pieces on both sides.
        String framing = """
                The council's reckless sale hands a radical private monopoly control of the town's water, and residents \
                should be alarmed.""";
        NarrativeSelector.Choice choice = selector.select(List.of(
                piece(1, REBEL_LEFT, ArticleKind.OPINION, AGAINST_THE_SALE),
                piece(2, HERITAGE_POST, ArticleKind.OPINION, FOR_THE_SALE),
                piece(3, PALACE_RIGHT, ArticleKind.NEWS, framing)));
        assertThat(choice.narratives()).extracting(Narrative::axis).containsOnly(Axis.LEFT_RIGHT);
        assertThat(choice.narratives()).extracting(Narrative::kind).containsOnly(ArticleKind.OPINION);
    }

    @Test
    void aSideWithoutOpinionSpeaksThroughTheLoadedSentenceOfItsNewsReport() {
        String rightReport = """
                The town council voted 5-4 on Monday to sell the water utility to Clearflow Holdings.

                The reckless fire sale of a public asset to a politically connected buyer is the latest fiasco of a council \
                that voters should remember in November.

                "It is a disaster for every family in this town," said resident Ann Coyle.""";
        NarrativeSelector.Choice choice = selector.select(List.of(
                piece(1, PEOPLES_DAILY, ArticleKind.OPINION, AGAINST_THE_SALE),
                piece(2, HERITAGE_POST, ArticleKind.NEWS, rightReport)));

        assertThat(choice.narratives()).hasSize(2);
        Narrative right = choice.narratives().get(1);
        assertThat(right.label()).isEqualTo("Right narrative");
        assertThat(right.kind()).isEqualTo(ArticleKind.NEWS);
        assertThat(right.text()).isEqualTo("The reckless fire sale of a public asset to a politically connected buyer "
                + "is the latest fiasco of a council that voters should remember in November.");
    }

    @Test
    void loadedWordsInsideQuotationMarksAreTheSpeakersNotTheOutlets() {
        String quoting = """
                The town council voted 5-4 on Monday to sell the water utility to Clearflow Holdings.

                Opponents called the sale "a reckless, disgraceful fiasco" and said they should have been consulted.""";
        NarrativeSelector.Choice choice = selector.select(List.of(
                piece(1, PEOPLES_DAILY, ArticleKind.OPINION, AGAINST_THE_SALE),
                piece(2, HERITAGE_POST, ArticleKind.NEWS, quoting)));
        assertThat(choice.narratives()).isEmpty();
        assertThat(choice.missingView()).isEqualTo("No argument from the right covers this story yet, only from the left.");
    }

    @Test
    void missingViewNamesTheSilentSideOfTheAxisThatHasAVoice() {
        NarrativeSelector.Choice rightOnly = selector.select(List.of(
                piece(1, WIRE, ArticleKind.NEWS, REPORT), piece(2, HERITAGE_POST, ArticleKind.OPINION, FOR_THE_SALE)));
        assertThat(rightOnly.narratives()).isEmpty();
        assertThat(rightOnly.missingView()).isEqualTo("No argument from the left covers this story yet, only from the right.");

        // centre on left-right, critical on establishment
        NarrativeSelector.Choice criticalOnly = selector.select(List.of(
                piece(1, WIRE, ArticleKind.NEWS, REPORT), piece(2, OUTSIDER_REVIEW, ArticleKind.OPINION, AGAINST_THE_SALE)));
        assertThat(criticalOnly.missingView()).isEqualTo(
                "No argument from pro-establishment outlets covers this story yet, only from establishment-critical outlets.");
        assertThat(criticalOnly.missingView()).isEqualTo(NarrativeSelector.missing(NarrativeSide.ESTABLISHMENT_CRITICAL));

        NarrativeSelector.Choice none = selector.select(List.of(piece(1, WIRE, ArticleKind.NEWS, REPORT)));
        assertThat(none.missingView()).isEqualTo(NarrativeSelector.MISSING_BOTH);
    }

    @Test
    void unratedOutletsTakeNoSide() {
        Outlet unrated = new Outlet(10, "Mystery Gazette", "mystery.example", null, null, null, List.of());
        NarrativeSelector.Choice choice = selector.select(List.of(
                piece(1, unrated, ArticleKind.OPINION, AGAINST_THE_SALE),
                piece(2, HERITAGE_POST, ArticleKind.OPINION, FOR_THE_SALE)));
        assertThat(choice.narratives()).isEmpty();
        assertThat(choice.missingView()).isEqualTo(NarrativeSelector.missing(NarrativeSide.RIGHT));
    }

    @Test
    void theOpeningArgumentSkipsASceneSettingOpeningForTheSentencesThatArgue() {
        String anecdote = """
                Martha Ellis has lived on Quarry Lane for forty years. Last week she filled a bucket from her tap and \
                watched it turn brown.

                Selling the utility is simply the wrong answer to her brown water. The council should have raised the \
                money to repair the pipes, and it must put the sale to a public vote.""";
        NarrativeSelector.Choice choice = selector.select(List.of(
                piece(1, PEOPLES_DAILY, ArticleKind.OPINION, anecdote),
                piece(2, HERITAGE_POST, ArticleKind.OPINION, FOR_THE_SALE)));
        assertThat(choice.narratives().getFirst().text()).isEqualTo("Selling the utility is simply the wrong answer to "
                + "her brown water. The council should have raised the money to repair the pipes, and it must put the "
                + "sale to a public vote.");
    }

    @Test
    void aPluggedInScorerDecidesWhatArgues() {
        // A scorer that only hears sentences about ballots: the passage moves to the one that mentions it.
        ArgumentScorer ballots = sentence -> sentence.contains("ballot") ? 1 : -1;
        NarrativeSelector selector = new NarrativeSelector(NarrativeSettings.defaults(), new SentenceSplitter(), ballots);
        NarrativeSelector.Choice choice = selector.select(List.of(
                piece(1, PEOPLES_DAILY, ArticleKind.OPINION, AGAINST_THE_SALE),
                piece(2, HERITAGE_POST, ArticleKind.OPINION, FOR_THE_SALE)));
        assertThat(choice.narratives().getFirst().text())
                .isEqualTo("Voters must be allowed to overturn this deal at the ballot box.");
    }
}
