package org.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FactScorerTest {

    private static FactScorer scorer(List<String> names) {
        int d = names.size();
        double[] means = new double[d];
        double[] scales = new double[d];
        double[] weights = new double[d];
        for (int i = 0; i < d; i++) {
            means[i] = 0.1 * i;
            scales[i] = 1 + i;
            weights[i] = i % 2 == 0 ? 0.5 : -0.25;
        }
        return new FactScorer("test rows", 0.01, 0.4, 0.5, false, names, means, scales, weights, -0.3);
    }

    @Test
    void writtenAndReadBackItScoresTheSameAndWritesTheSameBytes() throws IOException {
        FactScorer scorer = scorer(FactFeatures.NAMES);
        StringWriter first = new StringWriter();
        scorer.write(first);
        FactScorer read = FactScorer.read(new StringReader(first.toString()));
        StringWriter second = new StringWriter();
        read.write(second);
        assertThat(second.toString()).isEqualTo(first.toString());
        double[] x = new double[FactFeatures.NAMES.size()];
        x[0] = 1;
        x[3] = 2;
        assertThat(read.probability(x)).isCloseTo(scorer.probability(x), within(1e-8));
        assertThat(read.threshold()).isEqualTo(0.4);
        assertThat(read.uncorroboratedBeyondMinimum()).isFalse();
    }

    @Test
    void eachIndependentSourceRaisesTheRankByTheBonus() {
        FactScorer scorer = scorer(FactFeatures.NAMES);
        double[] x = new double[FactFeatures.NAMES.size()];
        assertThat(scorer.rank(x, 2) - scorer.rank(x, 0)).isCloseTo(1.0, within(1e-12));
        assertThat(scorer.withRule(0.4, 0, false).rank(x, 2)).isCloseTo(scorer.logit(x), within(1e-12));
    }

    @Test
    void aModelForOtherFeaturesIsRefusedSayingHowToRebuildIt() {
        List<String> names = new ArrayList<>(FactFeatures.NAMES);
        names.set(0, "something_else");
        assertThatThrownBy(() -> scorer(names)).hasMessageContaining("parallax train fact-selection");
    }

    @Test
    void theShippedModelReadsAndRanksCorroboratedLeadsAboveLateLoadedOpinion() {
        FactScorer shipped = FactScorer.shipped();
        double[] lead = FactFeatures.of("The council approved the flood plan on Tuesday.", 0, 6, 1, 1, 0.7,
                List.of(0.5, 0.3), 0.4, 0.5, 0.3, 0.1);
        double[] late = FactFeatures.of("This outrageous plan is a disgrace, critics say.", 5, 6, 0, 0, 0,
                List.of(0.0, 0.05), 0.02, 0.0, 0.3, 0.9);
        assertThat(shipped.rank(lead, 1)).isGreaterThan(shipped.rank(late, 0));
    }
}
