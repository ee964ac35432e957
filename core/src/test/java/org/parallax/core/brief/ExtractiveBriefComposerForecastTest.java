package org.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parallax.core.forecast.ForecastSource;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;
import org.parallax.core.forecast.QuestionIndex;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Forecast;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.topic.TopicClassifier;

class ExtractiveBriefComposerForecastTest {

    private static final Instant NOW = Instant.parse("2024-03-06T12:00:00Z");

    private record Query(String title, String lead, Instant storyTime) {
    }

    @Test
    void theForecastSourceIsAskedWithTheTitleTheFirstReportsLeadAndTheLatestArticlesTime() {
        List<Query> queries = new ArrayList<>();
        Forecast forecast = new Forecast("Will the Harbor bridge reopen before 2027?", 0.3, "Metaculus",
                "https://www.metaculus.com/questions/9/", NOW);
        ForecastSource source = (title, lead, time) -> {
            queries.add(new Query(title, lead, time));
            return Optional.of(forecast);
        };
        List<SourcedArticle> story = StoryFixtures.withBothSides();
        ExtractiveBriefComposer composer = new ExtractiveBriefComposer(InstantSource.fixed(NOW), new TopicClassifier(),
                BriefSettings.defaults(), source);

        Brief brief = composer.compose(3, story);

        assertThat(brief.forecast()).isEqualTo(forecast);
        assertThat(queries).singleElement().satisfies(q -> {
            assertThat(q.title()).isEqualTo(brief.title());
            assertThat(q.lead()).startsWith("PORT ELWIN (Center Wire) — A cargo ship struck the Harbor bridge");
            assertThat(q.storyTime()).isEqualTo(story.stream().map(a -> a.article().time()).max(Instant::compareTo).orElseThrow());
        });
    }

    @Test
    void aQuestionBankGivesTheMatchingQuestionAndNothingForAnUnrelatedStory() {
        List<SourcedArticle> story = StoryFixtures.withBothSides();
        Instant storyTime = story.stream().map(a -> a.article().time()).max(Instant::compareTo).orElseThrow();
        MarketQuestion bridge = new MarketQuestion(MarketSource.MANIFOLD, "m1",
                "Will the Harbor bridge in Port Elwin reopen to traffic before 2026?",
                "A cargo ship struck the Harbor bridge and two spans fell into the river.",
                "https://manifold.markets/x/harbor-bridge", 0.12, storyTime.minusSeconds(3600), null, null, false, null,
                true);
        MarketQuestion other = new MarketQuestion(MarketSource.KALSHI, "K1", "Will Port Elwin host the 2030 Games?", null,
                "https://kalshi.com/markets/k1", 0.5, storyTime, null, null, false, null, false);
        QuestionIndex index = QuestionIndex.build(List.of(bridge, other));
        ForecastSource bank = (title, lead, time) -> index.match(title, lead, time).map(c -> c.question().toForecast());

        Brief brief = new ExtractiveBriefComposer(InstantSource.fixed(NOW), new TopicClassifier(), BriefSettings.defaults(),
                bank).compose(3, story);

        assertThat(brief.forecast()).isEqualTo(bridge.toForecast());
        assertThat(brief.forecast().playMoney()).isTrue();
    }

    @Test
    void theOlderConstructorsComposeWithoutAForecast() {
        Brief brief = new ExtractiveBriefComposer(InstantSource.fixed(NOW), new TopicClassifier())
                .compose(3, StoryFixtures.withBothSides());

        assertThat(brief.forecast()).isNull();
    }
}
