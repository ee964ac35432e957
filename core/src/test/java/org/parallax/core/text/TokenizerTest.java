package org.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void wordsAreLowerCasedWithInnerPunctuationKept() {
        assertThat(Tokenizer.words("The U.S. economy grew 3.5% in Biden’s first year; D-Mass. didn't."))
                .containsExactly("the", "u.s", "economy", "grew", "3.5", "in", "biden", "first", "year", "d",
                        "mass", "didn't");
    }

    @Test
    void contentWordsDropStopwordsAndFoldPlurals() {
        assertThat(Tokenizer.contentWords("They said the talks on tariffs and policies were stalling."))
                .containsExactly("talk", "tariff", "policy", "stalling");
    }

    @Test
    void stemmerOnlyFoldsPlurals() {
        assertThat(List.of("talks", "policies", "states", "crisis", "bus", "glass", "news"))
                .extracting(Tokenizer::stem)
                .containsExactly("talk", "policy", "state", "crisis", "bus", "glass", "new");
    }

    @Test
    void cosineOfTermVectors() {
        TermVector a = TermVector.counts(List.of("senate", "vote", "bill"));
        TermVector b = TermVector.counts(List.of("senate", "vote", "budget"));
        assertThat(a.cosine(b)).isCloseTo(2.0 / 3.0, within(1e-9));
        assertThat(a.cosine(TermVector.EMPTY)).isZero();
    }
}
