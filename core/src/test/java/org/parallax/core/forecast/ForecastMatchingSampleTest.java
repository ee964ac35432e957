package org.parallax.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The matcher on the labelled sample in {@code forecast-matching.tsv}: stories and market questions
 * written for this test, with hard negatives. The default threshold was chosen on it; this test
 * keeps the figures from regressing. {@code parallax forecasts eval} prints the same figures.
 */
class ForecastMatchingSampleTest {

    static MatchingSample sample() throws IOException {
        try (InputStream in = ForecastMatchingSampleTest.class.getResourceAsStream("forecast-matching.tsv")) {
            return MatchingSample.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    @Test
    void theSampleIsLargeAndBalancedEnoughToChooseAThreshold() throws IOException {
        MatchingSample sample = sample();

        assertThat(sample.pairs()).hasSizeBetween(60, 100);
        assertThat(sample.pairs().stream().filter(MatchingSample.Pair::match).count()).isBetween(25L, 50L);
    }

    @Test
    void atTheDefaultThresholdNoStoryGetsAWrongQuestionAndMostGetTheirs() throws IOException {
        MatchingEvaluation evaluation = new MatchingEvaluation(sample(), Entities.standard(), TfIdfSimilarity.defaults(),
                MatchSettings.defaults());
        double threshold = MatchSettings.defaults().minSimilarity();

        MatchingEvaluation.StoryScores stories = evaluation.stories(threshold);
        MatchingEvaluation.PairScores pairs = evaluation.pairs(threshold);
        evaluation.report(List.of()).forEach(System.out::println);

        assertThat(stories.wrong()).isZero();
        assertThat(stories.recall()).isGreaterThanOrEqualTo(0.5);
        assertThat(pairs.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(pairs.recall()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void aLowerThresholdWouldLetHardNegativesThrough() throws IOException {
        MatchingEvaluation evaluation = new MatchingEvaluation(sample(), Entities.standard(), TfIdfSimilarity.defaults(),
                MatchSettings.defaults());

        assertThat(evaluation.pairs(0.05).falsePositives()).isGreaterThan(evaluation.pairs(0.2).falsePositives());
    }

    @Test
    void malformedRowsAreReportedWithTheirLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MatchingSample.parse(List.of("# c", "S\ts1\tonly title")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line 2:");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MatchingSample.parse(List.of("P\ts1\tq1\t1")))
                .hasMessageContaining("unknown story or question id");
    }
}
