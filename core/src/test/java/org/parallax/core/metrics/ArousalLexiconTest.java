package org.parallax.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArousalLexiconTest {
    private final ArousalLexicon lexicon = ArousalLexicon.parse(List.of(
            "word\tvalence\tarousal\tdominance",
            "slams\t0.3\t0.9\t0.6",
            "said\t0.5\t0.2\t0.5",
            "broken line"));

    @Test
    void meanOfKnownWordsOnly() {
        assertThat(lexicon.size()).isEqualTo(2);
        assertThat(lexicon.meanArousal("Trump SLAMS Kerry, aide said").orElseThrow()).isCloseTo(0.55, within(1e-9));
    }

    @Test
    void emptyWhenNoWordIsKnown() {
        assertThat(lexicon.meanArousal("nothing here")).isEmpty();
    }
}
