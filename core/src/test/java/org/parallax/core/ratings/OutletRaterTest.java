package org.parallax.core.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.parallax.core.ratings.OutletRater.ArticleText;
import org.parallax.core.ratings.OutletRater.NotRated;
import org.parallax.core.ratings.OutletRater.OutletTexts;
import org.parallax.core.ratings.OutletRater.Rated;

/**
 * Outlets written for this test: left ones write "undocumented immigrant" and "tax cuts for the rich",
 * right ones "illegal alien" and "tax relief"; some carry a hand-entered rating, some do not, one has
 * two articles only.
 */
class OutletRaterTest {
    private static final List<String> NEUTRAL = List.of("The council met on Monday to discuss the budget.",
            "Officials said the plan would be reviewed next month.", "The border county reported more arrivals.",
            "A report on spending was released by the state auditor.", "Weather delayed the hearing again.",
            "Residents asked questions about the new school district lines.");
    private static final OutletRater.Settings SMALL = new OutletRater.Settings(5, 100, 6, 3, 3,
            new PhraseTable.Settings(3, 3, 0.95, 1000, 3, 0.5), AxisModel.Settings.DEFAULT);

    private static OutletTexts outlet(long id, double lean, Double label, int count, Random random) {
        List<ArticleText> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 3; k++) {
                text.append(NEUTRAL.get(random.nextInt(NEUTRAL.size()))).append(' ');
            }
            double right = (lean + 1) / 2;
            text.append(random.nextDouble() < right ? "Police counted more illegal aliens at the crossing. "
                    : "Undocumented immigrants waited at the crossing. ");
            text.append(random.nextDouble() < right ? "The governor promised tax relief for families."
                    : "The governor defended tax cuts for the rich.");
            // A quotation is someone else's words: it must never become the outlet's evidence.
            text.append("\n\"Open borders now,\" a protester shouted.");
            articles.add(new ArticleText(id * 1000 + i, "https://outlet" + id + ".example/a/" + i, text.toString()));
        }
        return new OutletTexts(id, "outlet" + id + ".example", label, articles);
    }

    private static List<OutletTexts> outlets() {
        Random random = new Random(11);
        double[] leans = {-0.9, -0.7, -0.5, -0.3, 0.0, 0.3, 0.5, 0.7, 0.9, -0.8, 0.8, 0.1};
        List<OutletTexts> outlets = new ArrayList<>();
        for (int i = 0; i < leans.length; i++) {
            outlets.add(outlet(i + 1, leans[i], leans[i], 30, random));
        }
        outlets.add(outlet(101, -0.8, null, 30, random));
        outlets.add(outlet(102, 0.8, null, 30, random));
        outlets.add(outlet(103, 0.6, null, 2, random));
        return outlets;
    }

    @Test
    void placesOutletsByTheirPhrasingAndShowsThePhrasesThatPushedThem() {
        OutletRater.Run run = new OutletRater(SMALL).rate(outlets());
        assertThat(run.problem()).isNull();
        assertThat(run.trainingOutlets()).isEqualTo(12);
        Map<Long, OutletRater.Outcome> byId = run.outcomes().stream()
                .collect(Collectors.toMap(OutletRater.Outcome::outletId, Function.identity()));

        Rated left = (Rated) byId.get(101L);
        Rated right = (Rated) byId.get(102L);
        assertThat(left.placement().score()).isLessThan(-0.2);
        assertThat(right.placement().score()).isGreaterThan(0.2);
        assertThat(left.crossFitted()).isFalse();
        assertThat(left.placement().low()).isLessThanOrEqualTo(left.placement().score());
        assertThat(left.placement().high()).isGreaterThanOrEqualTo(left.placement().score());
        assertThat(left.articles()).isEqualTo(30);
        assertThat(left.words()).isGreaterThan(30 * 30);

        Evidence alien = right.evidence().stream().filter(e -> e.direction() == 1).findFirst().orElseThrow();
        assertThat(alien.sentence()).containsAnyOf("illegal aliens", "tax relief");
        assertThat(alien.url()).startsWith("https://outlet102.example/a/");
        assertThat(alien.articleId() / 1000).isEqualTo(102);
        assertThat(alien.articles()).isBetween(1, 30);
        assertThat(left.evidence()).anyMatch(e -> e.direction() == -1
                && (e.phrase().contains("undocumented") || e.phrase().contains("defended")));
        assertThat(run.rated()).allSatisfy(r -> assertThat(r.evidence()).allSatisfy(e -> {
            assertThat(e.sentence()).isNotNull();
            assertThat(Phrases.texts(e.sentence())).contains(e.phrase());
        }));
        assertThat(run.rated()).allSatisfy(r -> assertThat(r.evidence())
                .noneMatch(e -> e.phrase().contains("open border") || e.phrase().contains("protester")));
    }

    @Test
    void anOutletWithAHandEnteredRatingIsPlacedByAModelFittedWithoutIt() {
        List<OutletTexts> outlets = outlets();
        // Outlet 9 writes like the right but was typed in at the far left: its measurement must not echo that.
        outlets.set(8, new OutletTexts(9, outlets.get(8).foldKey(), -1.0, outlets.get(8).articles()));
        Rated rated = (Rated) new OutletRater(SMALL).rate(outlets).outcomes().stream()
                .filter(o -> o.outletId() == 9).findFirst().orElseThrow();
        assertThat(rated.crossFitted()).isTrue();
        assertThat(rated.placement().score()).isGreaterThan(0.2);
    }

    @Test
    void outletsWithTooLittleTextAreNotRated() {
        NotRated few = (NotRated) new OutletRater(SMALL).rate(outlets()).outcomes().stream()
                .filter(o -> o.outletId() == 103).findFirst().orElseThrow();
        assertThat(few.articles()).isEqualTo(2);
        assertThat(few.reason()).contains("5 articles");
    }

    @Test
    void withTooFewHandEnteredRatingsNothingIsRatedAndTheRunSaysWhy() {
        List<OutletTexts> outlets = outlets().stream()
                .map(o -> o.outletId() > 4 ? new OutletTexts(o.outletId(), o.foldKey(), null, o.articles()) : o)
                .toList();
        OutletRater.Run run = new OutletRater(SMALL).rate(outlets);
        assertThat(run.problem()).contains("only 4 outlets");
        assertThat(run.rated()).isEmpty();
        assertThat(run.outcomes()).hasSize(outlets.size());
    }

    @Test
    void theModelVersionChangesWithTheTrainingLabelsOnly() {
        String first = new OutletRater(SMALL).rate(outlets()).modelVersion();
        assertThat(new OutletRater(SMALL).rate(outlets()).modelVersion()).isEqualTo(first).startsWith("phrase-ridge-1/");
        List<OutletTexts> changed = new ArrayList<>(outlets());
        changed.set(0, new OutletTexts(1, changed.get(0).foldKey(), -0.5, changed.get(0).articles()));
        assertThat(new OutletRater(SMALL).rate(changed).modelVersion()).isNotEqualTo(first);
    }
}
