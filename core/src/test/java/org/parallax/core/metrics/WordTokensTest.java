package org.parallax.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTokensTest {

    @Test
    void splitsAtEverythingButLettersNumbersAndUnderscore() {
        assertThat(WordTokens.of("Hello, wörld_1 -- it's 3½% of U.S. GDP"))
                .containsExactly("Hello", "wörld_1", "it", "s", "3½", "of", "U", "S", "GDP");
    }

    @Test
    void combiningMarksAreNotWordCharactersAsInPython() {
        assertThat(WordTokens.of("cafe\u0301s caf\u00e9s")).containsExactly("cafe", "s", "caf\u00e9s");
    }

    @Test
    void handlesScriptsBeyondLatinAndSupplementaryCharacters() {
        assertThat(WordTokens.of("Привет, мир! 東京 \uD835\uDC00x")).containsExactly("Привет", "мир", "東京", "\uD835\uDC00x");
        assertThat(WordTokens.of("")).isEmpty();
        assertThat(WordTokens.of(null)).isEmpty();
    }
}
