package org.parallax.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntitiesTest {

    private final Entities entities = Entities.standard();

    @Test
    void demonymsCapitalsAndAcronymsFoldIntoOneKey() {
        assertThat(entities.of("Russian forces advanced as the Kremlin met U.S. envoys in Washington."))
                .contains("russia", "us")
                .doesNotContain("kremlin", "washington");
        assertThat(entities.of("The United States and the European Union disagreed.")).containsExactlyInAnyOrder("us", "eu");
    }

    @Test
    void multiWordNamesAreMatchedBeforeTheirWords() {
        assertThat(entities.of("South Korea's military said North Korea fired a missile."))
                .contains("southkorea", "northkorea")
                .doesNotContain("south", "north", "korea");
        assertThat(entities.of("The Centers for Disease Control and Prevention said the risk was low.")).contains("cdc");
    }

    @Test
    void functionWordsTitlesAndCalendarWordsAreNotEntities() {
        assertThat(entities.ofHeadline("Will President Lula win in October 2026?", null))
                .containsExactly("lula");
    }

    @Test
    void aSentenceInitialWordThatTheTextAlsoWritesInLowerCaseIsNotAName() {
        assertThat(entities.of("Officials said the plan was dead. Two officials resigned.")).isEmpty();
        assertThat(entities.of("Tesla shares fell. Analysts at Morgan Stanley cut their target."))
                .contains("tesla", "morgan", "stanley");
    }

    @Test
    void aTitleCaseHeadlineKeepsOnlyWhatTheLeadConfirms() {
        String headline = "Putin Meets Xi in Moscow for Sweeping Trade Talks";
        String lead = "Vladimir Putin hosted Xi Jinping in Moscow on Monday for talks on trade.";

        assertThat(entities.ofHeadline(headline, lead)).containsExactlyInAnyOrder("putin", "xi", "russia");
        assertThat(entities.ofHeadline("Putin meets Xi for sweeping trade talks", null))
                .containsExactlyInAnyOrder("putin", "xi");
    }

    @Test
    void aSentenceCaseQuestionFullOfNamesIsNotTitleCase() {
        assertThat(entities.ofHeadline("Will Trump pardon Martin Shkreli before 2027?", "Resolves Yes on a pardon."))
                .containsExactlyInAnyOrder("trump", "martin", "shkreli");
    }

    @Test
    void theWordsNamingEntitiesAreReportedAsTheTokenizerWritesThem() {
        Entities.Mentions mentions = entities.mentions("Will the United States and Iran sign a nuclear deal?", null, true);

        assertThat(mentions.keys()).containsExactlyInAnyOrder("us", "iran");
        assertThat(mentions.words()).containsExactlyInAnyOrder("united", "state", "iran");
    }

    @Test
    void possessivesAndPluralsAreFolded() {
        assertThat(entities.of("Ukraine's allies met the Knicks' owner.")).contains("ukraine", "knick");
    }
}
