package org.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.SourcedArticle;

class TitleChooserTest {

    private static final Outlet OUTLET = StoryFixtures.outlet(9, "The Daily Planet", "dailyplanet.example", 0.0);

    @Test
    void trimsOutletSuffixes() {
        assertThat(TitleChooser.trim("Bridge collapses - The Daily Planet", OUTLET)).isEqualTo("Bridge collapses");
        assertThat(TitleChooser.trim("Bridge collapses | Daily Planet", OUTLET)).isEqualTo("Bridge collapses");
        assertThat(TitleChooser.trim("Bridge collapses \u2014 dailyplanet.example", OUTLET)).isEqualTo("Bridge collapses");
        assertThat(TitleChooser.trim("Bridge collapses | World News | The Daily Planet", OUTLET))
                .isEqualTo("Bridge collapses");
        assertThat(TitleChooser.trim("  Bridge collapses  ", OUTLET)).isEqualTo("Bridge collapses");
    }

    @Test
    void keepsDashesThatAreNotOutletSuffixes() {
        assertThat(TitleChooser.trim("Biden - Putin summit set for June", OUTLET)).isEqualTo("Biden - Putin summit set for June");
    }

    @Test
    void trimsSectionPrefixes() {
        assertThat(TitleChooser.trim("Opinion: The bridge was neglected", OUTLET)).isEqualTo("The bridge was neglected");
        assertThat(TitleChooser.trim("ANALYSIS | Why bridges fail", OUTLET)).isEqualTo("Why bridges fail");
    }

    @Test
    void prefersCentralNeutralHeadlines() {
        List<SourcedArticle> story = List.of(
                StoryFixtures.article(1, StoryFixtures.LEFT_DAILY, ArticleKind.NEWS, 0,
                        "Shocking chaos as ship destroys bridge!", "A cargo ship hit the Harbor bridge in Port Elwin."),
                StoryFixtures.article(2, StoryFixtures.CENTER_WIRE, ArticleKind.NEWS, 1,
                        "Cargo ship hits Harbor bridge in Port Elwin - Center Wire",
                        "A cargo ship hit the Harbor bridge in Port Elwin on Tuesday."),
                StoryFixtures.article(3, StoryFixtures.RIGHT_POST, ArticleKind.NEWS, 2,
                        "Is the Harbor bridge collapse a sign of things to come?",
                        "The collapse of the Harbor bridge after a cargo ship hit it raises questions."));
        assertThat(new TitleChooser().choose(story)).isEqualTo("Cargo ship hits Harbor bridge in Port Elwin");
    }

    @Test
    void takesANewsHeadlineOverAMoreCentralOpinionHeadline() {
        List<SourcedArticle> story = List.of(
                StoryFixtures.article(1, StoryFixtures.LEFT_DAILY, ArticleKind.OPINION, 0,
                        "Cargo ship hits Harbor bridge in Port Elwin", "A cargo ship hit the Harbor bridge in Port Elwin."),
                StoryFixtures.article(2, StoryFixtures.RIGHT_POST, ArticleKind.NEWS, 1,
                        "Port Elwin bridge struck by a ship on Tuesday",
                        "A cargo ship hit the Harbor bridge in Port Elwin on Tuesday."));
        TitleChooser.Title title = new TitleChooser().chooseTitle(story);
        assertThat(title.text()).isEqualTo("Port Elwin bridge struck by a ship on Tuesday");
        assertThat(title.source().outlet()).isEqualTo(StoryFixtures.RIGHT_POST);
    }

    @Test
    void passesOverQuotationsAndQuestionsWhileANeutralHeadlineRemains() {
        List<SourcedArticle> story = List.of(
                StoryFixtures.article(1, StoryFixtures.LEFT_DAILY, ArticleKind.NEWS, 0,
                        "\u2018We lost everything\u2019: Harbor bridge hit by cargo ship in Port Elwin",
                        "A cargo ship hit the Harbor bridge in Port Elwin."),
                StoryFixtures.article(2, StoryFixtures.CENTER_WIRE, ArticleKind.NEWS, 1,
                        "Harbor bridge hit by cargo ship: will Port Elwin rebuild it?",
                        "A cargo ship hit the Harbor bridge in Port Elwin on Tuesday."),
                StoryFixtures.article(3, StoryFixtures.RIGHT_POST, ArticleKind.NEWS, 2,
                        "Divers search river after bridge collapse", "Divers searched the river after the collapse."));
        assertThat(new TitleChooser().choose(story)).isEqualTo("Divers search river after bridge collapse");
    }

    @Test
    void keepsAQuestionWhenEveryHeadlineIsOne() {
        List<SourcedArticle> story = List.of(StoryFixtures.article(1, OUTLET, ArticleKind.NEWS, 0,
                "Will the Harbor bridge reopen this year?", "The bridge may reopen."));
        assertThat(new TitleChooser().choose(story)).isEqualTo("Will the Harbor bridge reopen this year?");
    }

    @Test
    void untitledWhenNoHeadline() {
        List<SourcedArticle> story = List.of(StoryFixtures.article(1, OUTLET, ArticleKind.NEWS, 0, " ", "Text."));
        assertThat(new TitleChooser().choose(story)).isEqualTo(TitleChooser.UNTITLED);
    }
}
