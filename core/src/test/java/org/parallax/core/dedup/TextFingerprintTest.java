package org.parallax.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {
    private static final String WIRE = """
            The city council voted 7 to 2 on Tuesday to approve a new light-rail line linking the harbour \
            district with the northern suburbs, ending a decade of debate over the project's cost.

            Supporters said the line would cut commuting times by half for about 40,000 residents, while \
            opponents warned that the budget of 1.2 billion dollars would rise further once construction \
            began. The mayor said work would start next spring and the first trains would run in 2030.

            Business groups welcomed the vote. A referendum on the project is not planned, the council said.""";

    private static final String OTHER = """
            Council members approved the harbour light-rail line on Tuesday after a heated session. \
            The vote was 7 to 2. Critics, including two members who voted against, argued the cost of \
            1.2 billion dollars had been underestimated and asked for an independent review. \
            The mayor defended the plan and promised that the first trains would run in 2030.""";

    @Test
    void exactCopiesHaveTheSameHashWhateverTheirTypography() {
        String reformatted = WIRE.toUpperCase().replace("\n\n", "\n").replace("'", "’").replace(",", " ,");
        assertThat(TextFingerprint.of(reformatted)).isEqualTo(TextFingerprint.of(WIRE));
        assertThat(TextFingerprint.of(WIRE + " More.").bodySha256()).isNotEqualTo(TextFingerprint.of(WIRE).bodySha256());
    }

    @Test
    void aSyndicatedCopyWithAnAddedLineSharesABandAndIsConfirmed() {
        String copy = WIRE + "\n\nThis story was reported with the Associated Press.";
        TextFingerprint original = TextFingerprint.of(WIRE);
        assertThat(original.comparable()).isTrue();
        assertThat(original.bands()).hasSize(TextFingerprint.BANDS);
        assertThat(shared(original, TextFingerprint.of(copy))).isPositive();
        assertThat(NearDuplicates.sameArticle(WIRE, copy)).isTrue();
        // A copy cut after its second paragraph is contained in the original.
        String cut = WIRE.substring(0, WIRE.indexOf("Business groups"));
        assertThat(NearDuplicates.sameArticle(WIRE, cut)).isTrue();
    }

    @Test
    void anotherArticleOnTheSameEventIsNotTheSameArticle() {
        assertThat(NearDuplicates.sameArticle(WIRE, OTHER)).isFalse();
        assertThat(shared(TextFingerprint.of(WIRE), TextFingerprint.of(OTHER))).isZero();
    }

    @Test
    void shortBodiesAreNeverMatched() {
        String teaser = "Watch the video of the council vote on the harbour light-rail line.";
        assertThat(TextFingerprint.of(teaser).comparable()).isFalse();
        assertThat(TextFingerprint.of(teaser).bands()).isEmpty();
        assertThat(NearDuplicates.sameArticle(teaser, teaser)).isFalse();
    }

    private static int shared(TextFingerprint a, TextFingerprint b) {
        Set<Long> keys = new HashSet<>(a.bands());
        return (int) b.bands().stream().filter(keys::contains).count();
    }
}
