package org.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedEntitiesTest {

    @Test
    void findsMultiWordNamesAcronymsAndJoinedNames() {
        assertThat(NamedEntities.of("President Trump on Monday slammed John Kerry over the Iran deal. "
                + "The Bank of England and NATO said nothing."))
                .containsExactly("president trump", "monday", "john kerry", "iran", "bank of england", "nato");
    }

    @Test
    void aCapitalThatOnlyStartsASentenceIsNoName() {
        assertThat(NamedEntities.of("Rescuers searched the river. Divers found two bodies. But Smith left."))
                .containsExactly("smith");
    }

    @Test
    void sentenceInitialFunctionWordIsDroppedFromAName() {
        assertThat(NamedEntities.of("The Pentagon denied it.")).containsExactly("pentagon");
    }

    @Test
    void possessivesAndCurlyApostrophesAreFolded() {
        assertThat(NamedEntities.of("It was Kerry’s plan, said officials in Port Elwin's harbour."))
                .containsExactly("kerry", "port elwin");
    }

    @Test
    void titleCaseHeadlinesGiveNothingSentenceCaseHeadlinesGiveNames() {
        assertThat(NamedEntities.ofHeadline("Trump Castigates Kerry For Shadow Diplomacy To Save Iran Deal")).isEmpty();
        assertThat(NamedEntities.ofHeadline("Trump slams John Kerry for 'shadow diplomacy' on Iran deal"))
                .containsExactly("john kerry", "iran");
    }
}
