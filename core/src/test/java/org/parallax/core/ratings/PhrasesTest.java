package org.parallax.core.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasesTest {

    @Test
    void quotationsAreNotTheOutletsOwnWords() {
        assertThat(Phrases.texts("The mayor called it \"a reckless tax grab\" on Tuesday."))
                .contains("mayor", "tuesday").doesNotContain("reckless", "tax grab");
        assertThat(Phrases.texts("She said \u201Cthe tax relief works\u201D and left."))
                .doesNotContain("tax relief");
    }

    @Test
    void phrasesStayWithinASentenceAndDoNotBridgeAQuotation() {
        assertThat(Phrases.texts("More arrivals were counted. Officials met.\nThe mayor said \"no\" residents cheered."))
                .contains("arrival", "official met", "mayor")
                .doesNotContain("arrival official", "counted official", "mayor resident", "said resident");
        assertThat(Phrases.texts("Inflation rose 3.5 percent in 2024.")).contains("inflation rose #");
    }

    @Test
    void variantsAreMergedAndPhrasesDoNotStartOrEndWithStopwords() {
        assertThat(Phrases.texts("Undocumented Immigrants crossed.\nAn undocumented immigrant crossed."))
                .contains("undocumented immigrant", "undocumented immigrant crossed", "crossed")
                .doesNotContain("undocumented immigrants", "an", "an undocumented");
        assertThat(Phrases.texts("Rate of inflation rose 3.5 percent in 2024."))
                .contains("rate of inflation", "# percent")
                .doesNotContain("rate of", "of inflation rose");
    }

    @Test
    void idsAreAscendingDistinctAndStable() {
        int[] ids = Phrases.ids("tax relief for families. Tax relief passed.");
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(ids).contains(Phrases.id("tax relief"));
        assertThat(Phrases.id("tax relief")).isBetween(0, Phrases.BUCKETS - 1).isEqualTo(Phrases.id("tax relief"));
    }
}
