package org.parallax.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.Forecast;

class ForecastWordingTest {

    private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void willBeQuestionsBecomeClausesAsInTheExample() {
        assertThat(ForecastWording.proposition("Will there be a bilateral cease-fire or peace agreement in the"
                + " Russo-Ukraine conflict before 2024?"))
                .isEqualTo("there will be a bilateral cease-fire or peace agreement in the Russo-Ukraine conflict before 2024");
        assertThat(ForecastWording.proposition("Will Kevin Hassett be confirmed as Fed chair before June 2026?"))
                .isEqualTo("Kevin Hassett will be confirmed as Fed chair before June 2026");
        assertThat(ForecastWording.proposition("Will more than 30 countries have signed the pact by 2027?"))
                .isEqualTo("more than 30 countries will have signed the pact by 2027");
    }

    @Test
    void namedSubjectsWithAVerbAreRestatedAsStatements() {
        assertThat(ForecastWording.proposition("Will the Fed cut rates in June?"))
                .isEqualTo("the Fed will cut rates in June");
        assertThat(ForecastWording.proposition("Will Russia withdraw from Kherson before 2027?"))
                .isEqualTo("Russia will withdraw from Kherson before 2027");
        assertThat(ForecastWording.proposition("Will the Bank of England raise its rate by July 2026?"))
                .isEqualTo("the Bank of England will raise its rate by July 2026");
        assertThat(ForecastWording.proposition("Will there be a ceasefire in Sudan before 2027?"))
                .isEqualTo("there will be a ceasefire in Sudan before 2027");
        assertThat(ForecastWording.proposition("Will it rain in Rome tomorrow?")).isNull();
    }

    @Test
    void otherQuestionsAreQuotedNotReworded() {
        assertThat(ForecastWording.proposition("Pepe ETF in 2025?")).isNull();
        assertThat(ForecastWording.proposition("If Trump wins, will tariffs be raised?")).isNull();
        assertThat(ForecastWording.proposition("Will you be able to buy a robotaxi ride in 2026?")).isNull();
        assertThat(ForecastWording.proposition("Will \"Dune 3\" be released in 2026?")).isNull();
        assertThat(ForecastWording.proposition("Will Trump or Vance be the nominee?")).isNull();
    }

    @Test
    void theSentenceNamesTheCommunityOrTheMarketAndPlayMoney() {
        Forecast metaculus = new Forecast("Will there be a ceasefire in Ukraine before 2027?", 0.1, "Metaculus",
                "https://www.metaculus.com/questions/1/", T, "there will be a ceasefire in Ukraine before 2027", false);
        Forecast manifold = new Forecast("Will X happen before 2027?", 0.1, "Manifold",
                "https://manifold.markets/a/x", T, null, true);

        assertThat(ForecastWording.sentence(metaculus)).isEqualTo("Metaculus gives a 10% chance that there will be a"
                + " ceasefire in Ukraine before 2027, as of 1 Mar 2026.");
        assertThat(ForecastWording.sentence(manifold))
                .isEqualTo("Manifold (play money) gives a 10% chance to \"Will X happen before 2027?\", as of 1 Mar 2026.");
    }

    @Test
    void percentagesNeverRoundToCertaintyAndTakeTheRightArticle() {
        assertThat(sentenceFor(0.003)).contains("gives a less than 1% chance");
        assertThat(sentenceFor(0.998)).contains("gives a more than 99% chance");
        assertThat(sentenceFor(0.08)).contains("gives an 8% chance");
        assertThat(sentenceFor(0.83)).contains("gives an 83% chance");
        assertThat(sentenceFor(0.18)).contains("gives an 18% chance");
        assertThat(sentenceFor(0.62)).contains("gives a 62% chance");
    }

    @Test
    void aForecastFromAQuestionCarriesItsClauseAndPlayMoney() {
        MarketQuestion q = new MarketQuestion(MarketSource.MANIFOLD, "abc", "Will there be snow in Rome in 2026?", null,
                "https://manifold.markets/a/snow", 0.25, T, null, null, false, null, true);

        Forecast f = q.toForecast();

        assertThat(f).isEqualTo(new Forecast("Will there be snow in Rome in 2026?", 0.25, "Manifold",
                "https://manifold.markets/a/snow", T, "there will be snow in Rome in 2026", true));
        assertThat(ForecastWording.sentence(f))
                .isEqualTo("Manifold (play money) gives a 25% chance that there will be snow in Rome in 2026, as of 1 Mar 2026.");
    }

    private static String sentenceFor(double p) {
        return ForecastWording.sentence(new Forecast("Will it rain?", p, "Kalshi", "https://kalshi.com/markets/x", T));
    }
}
