package org.parallax.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RougeTest {
    @Test
    void identicalTextsScoreOne() {
        Rouge.Scores s = Rouge.score("The cat sat.", "the CAT sat");
        assertThat(s.rouge1()).isEqualTo(1.0);
        assertThat(s.rouge2()).isEqualTo(1.0);
        assertThat(s.rougeL()).isEqualTo(1.0);
    }

    @Test
    void partialOverlapMatchesHandComputedValues() {
        // summary: the cat was found under the bed (7) ; reference: the cat was under the bed (6)
        Rouge.Scores s = Rouge.score("the cat was found under the bed", "the cat was under the bed");
        // unigrams: overlap 6; P = 6/7, R = 6/6
        assertThat(s.rouge1()).isCloseTo(2 * (6.0 / 7) / (6.0 / 7 + 1), within(1e-9));
        // bigrams: summary 6, reference 5, overlap 4 (the cat, cat was, under the, the bed)
        assertThat(s.rouge2()).isCloseTo(2 * (4.0 / 6) * (4.0 / 5) / (4.0 / 6 + 4.0 / 5), within(1e-9));
        // LCS = 6
        assertThat(s.rougeL()).isCloseTo(s.rouge1(), within(1e-9));
    }

    @Test
    void repeatedWordsAreClippedAndEmptyTextsScoreZero() {
        assertThat(Rouge.score("the the the", "the cat").rouge1()).isCloseTo(2 * (1.0 / 3) * 0.5 / (1.0 / 3 + 0.5), within(1e-9));
        assertThat(Rouge.score("", "the cat").rouge1()).isZero();
        assertThat(Rouge.score("dog", "").rougeL()).isZero();
    }

    @Test
    void tokensAreLowerCasedWordCharacters() {
        assertThat(Rouge.tokens("U.S. Pres. Biden's $2.4bn")).containsExactly("u", "s", "pres", "biden", "s", "2", "4bn");
    }
}
