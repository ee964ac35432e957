package org.parallax.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {
    @Test
    void normalizes() {
        assertThat(LanguageTags.normalize("en_US")).contains("en-US");
        assertThat(LanguageTags.normalize("EN-gb")).contains("en-GB");
        assertThat(LanguageTags.normalize("de")).contains("de");
        assertThat(LanguageTags.normalize("und")).isEmpty();
        assertThat(LanguageTags.normalize("not a language")).isEmpty();
        assertThat(LanguageTags.normalize("")).isEmpty();
        assertThat(LanguageTags.normalize(null)).isEmpty();
    }
}
