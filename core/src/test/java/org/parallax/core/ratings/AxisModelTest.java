package org.parallax.core.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Outlets written for this test: left ones say "undocumented immigrant" and "tax cuts for the rich",
 * right ones "illegal alien" and "tax relief", everyone shares neutral words, each in its own
 * proportions. The model must place outlets it was not trained on by their phrasing.
 */
class AxisModelTest {
    private static final List<String> NEUTRAL = List.of("the council met on monday", "the budget vote",
            "officials said the plan", "the border county", "a report on spending", "weather delayed the hearing");

    private static List<int[]> articles(double lean, int count, Random random) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 3; k++) {
                text.append(NEUTRAL.get(random.nextInt(NEUTRAL.size()))).append(". ");
            }
            double right = (lean + 1) / 2;
            text.append(random.nextDouble() < right ? "illegal alien arrests. " : "undocumented immigrant families. ");
            text.append(random.nextDouble() < right ? "tax relief for workers." : "tax cuts for the rich.");
            out.add(Phrases.ids(text.toString()));
        }
        return out;
    }

    private static Map<String, List<int[]>> outlets(Random random) {
        Map<String, List<int[]>> outlets = new LinkedHashMap<>();
        double[] leans = {-0.9, -0.7, -0.5, -0.3, -0.1, 0.0, 0.1, 0.3, 0.5, 0.7, 0.9, -0.8, 0.8, -0.2, 0.2};
        for (int i = 0; i < leans.length; i++) {
            outlets.put("outlet" + i, articles(leans[i], 40, random));
        }
        outlets.put("unseen-left", articles(-0.8, 40, random));
        outlets.put("unseen-right", articles(0.8, 40, random));
        outlets.put("unseen-centre", articles(0.0, 40, random));
        outlets.put("one-article", articles(0.6, 1, random));
        return outlets;
    }

    private static final PhraseTable.Settings SMALL = new PhraseTable.Settings(3, 3, 0.95, 1000, 3, 0.5);

    @Test
    void placesUnseenOutletsByTheirPhrasingWithCutPointsBetweenTheBuckets() {
        Random random = new Random(7);
        Map<String, List<int[]>> outlets = outlets(random);
        PhraseTable table = PhraseTable.build(outlets, SMALL);
        double[] leans = {-0.9, -0.7, -0.5, -0.3, -0.1, 0.0, 0.1, 0.3, 0.5, 0.7, 0.9, -0.8, 0.8, -0.2, 0.2};
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < leans.length; i++) {
            examples.add(new Example("outlet" + i, leans[i], leans[i] <= -0.4 ? -1 : leans[i] >= 0.4 ? 1 : 0));
        }
        AxisModel axis = AxisModel.fit(table, examples, AxisModel.Settings.DEFAULT);

        Placement left = axis.place("unseen-left");
        Placement right = axis.place("unseen-right");
        Placement centre = axis.place("unseen-centre");
        assertThat(left.score()).isLessThan(-0.4);
        assertThat(right.score()).isGreaterThan(0.4);
        assertThat(centre.score()).isBetween(-0.3, 0.3);
        assertThat(left.bucket()).isEqualTo(-1);
        assertThat(right.bucket()).isEqualTo(1);
        assertThat(centre.bucket()).isZero();
        assertThat(left.low()).isLessThanOrEqualTo(left.score());
        assertThat(left.high()).isGreaterThanOrEqualTo(left.score());

        int aliens = table.position(Phrases.id("illegal alien"));
        int undocumented = table.position(Phrases.id("undocumented immigrant"));
        assertThat(aliens).isNotNegative();
        assertThat(axis.weight(aliens)).isPositive();
        assertThat(axis.weight(undocumented)).isNegative();
    }

    @Test
    void anOutletWithOneArticleGetsAWideInterval() {
        Random random = new Random(11);
        Map<String, List<int[]>> outlets = outlets(random);
        PhraseTable table = PhraseTable.build(outlets, SMALL);
        List<Example> examples = List.of(new Example("outlet0", -0.9, -1), new Example("outlet5", 0, 0),
                new Example("outlet10", 0.9, 1), new Example("outlet2", -0.5, -1), new Example("outlet8", 0.5, 1));
        AxisModel axis = AxisModel.fit(table, examples, AxisModel.Settings.DEFAULT);
        Placement one = axis.place("one-article");
        Placement many = axis.place("unseen-right");
        assertThat(one.articles()).isEqualTo(1);
        assertThat(one.width()).isGreaterThan(2 * many.width());
    }

    @Test
    void boilerplateOfOneOutletIsNotAPhraseOfTheModel() {
        Random random = new Random(3);
        Map<String, List<int[]>> outlets = outlets(random);
        List<int[]> signed = new ArrayList<>();
        for (int[] ids : outlets.get("outlet0")) {
            int[] more = java.util.Arrays.copyOf(ids, ids.length + 1);
            more[ids.length] = Phrases.id("copyright left daily");
            java.util.Arrays.sort(more);
            signed.add(more);
        }
        outlets.put("outlet0", signed);
        PhraseTable table = PhraseTable.build(outlets, SMALL);
        assertThat(table.position(Phrases.id("copyright left daily"))).isEqualTo(-1);
    }

    @Test
    void tooFewTrainingOutletsIsAClearError() {
        PhraseTable table = PhraseTable.build(outlets(new Random(1)), SMALL);
        assertThatThrownBy(() -> AxisModel.fit(table, List.of(new Example("outlet0", -1, -1)), AxisModel.Settings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("three");
    }
}
