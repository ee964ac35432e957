package org.parallax.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionIndexTest {

    private static final Instant STORY = Instant.parse("2026-05-10T12:00:00Z");
    private static final String TITLE = "Russia and Ukraine agree to new round of ceasefire talks";
    private static final String LEAD = "Negotiators from Russia and Ukraine will meet in Geneva next week to discuss a"
            + " ceasefire along the front line, officials in Kyiv and Moscow said on Sunday.";

    private static MarketQuestion question(String id, String text, Instant readAt) {
        return new MarketQuestion(MarketSource.METACULUS, id, text, null, "https://www.metaculus.com/questions/" + id + "/",
                0.2, readAt, null, null, false, null, false);
    }

    private static final MarketQuestion CEASEFIRE =
            question("1", "Will Russia and Ukraine agree to a ceasefire before 2027?", STORY.minus(Duration.ofDays(1)));
    private static final MarketQuestion OLYMPICS =
            question("2", "Will a Russian athlete win gold at the 2026 Winter Olympics?", STORY);
    private static final MarketQuestion GENEVA_WEATHER =
            question("3", "Will it snow in Geneva in May 2026?", STORY);

    @Test
    void theQuestionOnTheStorysSubjectMatchesAndRelatedOnesDoNot() {
        QuestionIndex index = QuestionIndex.build(List.of(OLYMPICS, CEASEFIRE, GENEVA_WEATHER));

        assertThat(index.match(TITLE, LEAD, STORY)).map(Candidate::question).contains(CEASEFIRE);
        assertThat(index.candidates(TITLE, LEAD, STORY)).extracting(c -> c.question().externalId())
                .containsExactlyInAnyOrder("1", "2", "3");
    }

    @Test
    void aStoryWithoutAnEntityInCommonGetsNothingHoweverSimilarTheWords() {
        QuestionIndex index = QuestionIndex.build(List.of(question("4", "Will the ceasefire talks fail before 2027?", STORY)));

        assertThat(index.match(TITLE, LEAD, STORY)).isEmpty();
    }

    @Test
    void aQuestionAboutMoreSubjectsThanTheStoryNamesDoesNotMatch() {
        MarketQuestion wider = question("5", "Will Russia, Ukraine, Belarus and Moldova sign a ceasefire before 2027?", STORY);
        QuestionIndex index = QuestionIndex.build(List.of(wider));

        assertThat(index.candidates(TITLE, LEAD, STORY)).singleElement()
                .satisfies(c -> assertThat(c.coverage()).isEqualTo(0.5));
        assertThat(index.match(TITLE, LEAD, STORY)).isEmpty();
    }

    @Test
    void aMarketClosedResolvedOrNotYetOpenAtTheStorysTimeDoesNotMatch() {
        MarketQuestion closed = new MarketQuestion(MarketSource.MANIFOLD, "c", CEASEFIRE.question(), null,
                "https://manifold.markets/x/c", 0.2, STORY, null, STORY.minusSeconds(1), false, null, true);
        MarketQuestion resolvedBefore = new MarketQuestion(MarketSource.MANIFOLD, "r", CEASEFIRE.question(), null,
                "https://manifold.markets/x/r", 0.2, STORY, null, null, true, STORY.minusSeconds(60), true);
        MarketQuestion resolvedWhenUnknown = new MarketQuestion(MarketSource.MANIFOLD, "u", CEASEFIRE.question(), null,
                "https://manifold.markets/x/u", 0.2, STORY, null, null, true, null, true);
        MarketQuestion notYetOpen = new MarketQuestion(MarketSource.MANIFOLD, "o", CEASEFIRE.question(), null,
                "https://manifold.markets/x/o", 0.2, STORY, STORY.plusSeconds(60), null, false, null, true);
        MarketQuestion resolvedAfter = new MarketQuestion(MarketSource.MANIFOLD, "a", CEASEFIRE.question(), null,
                "https://manifold.markets/x/a", 0.2, STORY, null, null, true, STORY.plusSeconds(60), true);

        QuestionIndex index = QuestionIndex.build(List.of(closed, resolvedBefore, resolvedWhenUnknown, notYetOpen));
        assertThat(index.match(TITLE, LEAD, STORY)).isEmpty();

        QuestionIndex later = QuestionIndex.build(List.of(resolvedAfter));
        assertThat(later.match(TITLE, LEAD, STORY)).map(c -> c.question().externalId()).contains("a");
    }

    @Test
    void aProbabilityReadTooLongBeforeOrAfterTheStoryIsStale() {
        MarketQuestion old = question("old", CEASEFIRE.question(), STORY.minus(Duration.ofDays(15)));
        MarketQuestion future = question("future", CEASEFIRE.question(), STORY.plus(Duration.ofDays(15)));
        MarketQuestion recent = question("recent", CEASEFIRE.question(), STORY.minus(Duration.ofDays(13)));

        assertThat(QuestionIndex.build(List.of(old, future)).match(TITLE, LEAD, STORY)).isEmpty();
        assertThat(QuestionIndex.build(List.of(old, recent, future)).match(TITLE, LEAD, STORY))
                .map(c -> c.question().externalId()).contains("recent");
    }

    @Test
    void amongEquallyRelevantQuestionsTheLeastSettledWins() {
        MarketQuestion settled = new MarketQuestion(MarketSource.POLYMARKET, "p1",
                "Will Russia and Ukraine agree to a ceasefire before June 2026?", null, "https://polymarket.com/market/a",
                0.01, STORY, null, null, false, null, false);
        MarketQuestion open = new MarketQuestion(MarketSource.POLYMARKET, "p2",
                "Will Russia and Ukraine agree to a ceasefire in 2026?", null, "https://polymarket.com/market/b",
                0.4, STORY, null, null, false, null, false);
        QuestionIndex index = QuestionIndex.build(List.of(settled, open));
        List<Candidate> candidates = index.candidates(TITLE, LEAD, STORY);

        assertThat(Math.abs(candidates.get(0).similarity() - candidates.get(1).similarity()))
                .isLessThan(QuestionIndex.EQUALLY_RELEVANT);
        assertThat(index.match(TITLE, LEAD, STORY)).map(Candidate::question).contains(open);
    }

    @Test
    void aNameAloneDoesNotMakeAQuestionSimilar() {
        MarketQuestion portfolio = question("6", "Will Vladimir Putin beat the S&P 500 with his portfolio in 2026?", STORY);
        String title = "Putin says Russia is ready for ceasefire talks";
        String lead = "Vladimir Putin said on Sunday that Russia was ready to talk about a ceasefire with Ukraine.";

        QuestionIndex index = QuestionIndex.build(List.of(portfolio));

        assertThat(index.candidates(title, lead, STORY)).singleElement()
                .satisfies(c -> assertThat(c.coverage()).isEqualTo(1.0));
        assertThat(index.match(title, lead, STORY)).isEmpty();
    }

    @Test
    void sharingOnlyAnEntityThatManyQuestionsNameNeedsTwiceTheSimilarity() {
        List<MarketQuestion> bank = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            bank.add(question("us" + i, "Will the US topic " + i + " happen in 2026?", STORY));
        }
        for (int i = 0; i < 30; i++) {
            bank.add(question("x" + i, "Will Atlantis topic " + i + " happen in 2026?", STORY));
        }
        MarketQuestion jobs = question("jobs", "Will the US unemployment rate be above 5% in June 2026?", STORY);
        bank.add(jobs);
        String title = "US unemployment rate rises";
        String lead = "The US unemployment rate rose to 4.6% in April, the Labor Department said.";

        QuestionIndex index = QuestionIndex.build(bank);
        Candidate candidate = index.candidates(title, lead, STORY).stream()
                .filter(c -> c.question().equals(jobs)).findFirst().orElseThrow();

        assertThat(candidate.onlyCommon()).isTrue();
        assertThat(candidate.passes(MatchSettings.defaults().withMinSimilarity(candidate.similarity()))).isFalse();
        assertThat(candidate.passes(MatchSettings.defaults().withMinSimilarity(candidate.similarity() / 2))).isTrue();
    }

    @Test
    void theThresholdIsASetting() {
        MatchSettings strict = MatchSettings.defaults().withMinSimilarity(0.99);
        QuestionIndex index = QuestionIndex.build(List.of(CEASEFIRE), Entities.standard(), TfIdfSimilarity.defaults(), strict);

        assertThat(index.match(TITLE, LEAD, STORY)).isEmpty();
    }

    @Test
    void anotherSimilarityModelCanBePluggedIn() {
        SimilarityModel always = questions -> (title, lead) -> index -> 1.0;

        assertThat(QuestionIndex.build(List.of(GENEVA_WEATHER)).match(TITLE, LEAD, STORY)).isEmpty();
        assertThat(QuestionIndex.build(List.of(GENEVA_WEATHER), Entities.standard(), always, MatchSettings.defaults())
                .match(TITLE, LEAD, STORY)).map(Candidate::question).contains(GENEVA_WEATHER);
    }
}
