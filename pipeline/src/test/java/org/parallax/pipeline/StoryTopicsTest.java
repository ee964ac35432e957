package org.parallax.pipeline;

import org.parallax.pipeline.testing.TestModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.model.Topic;
import org.parallax.core.topic.StoryTopics;
import org.parallax.core.topic.TopicClassifier;
import org.parallax.core.topic.TopicPrototypes;

/** Topics from keywords and from meaning, with the real sentence model. */
class StoryTopicsTest {

    private static SentenceEmbedder embedder;
    private static StoryTopics topics;

    @BeforeAll
    static void load() {
        embedder = TestModel.embedder();
        topics = new StoryTopics(new TopicClassifier(), TopicPrototypes.standard(embedder));
    }

    private static Topic classify(String title, String lead) {
        return topics.classify(List.of(title), List.of(lead), embedder.embed(title + ". " + lead));
    }

    @Test
    void meaningFilesStoriesThatUseNoKeyword() {
        // None of these words is in the lexicon: the topic comes from the prototypes.
        String title = "Rovers lift the cup after penalty shoot-out";
        String lead = "The Rovers beat the holders on penalties after extra time, their first trophy in thirty years.";
        assertThat(new TopicClassifier().classify(List.of(title), List.of(lead))).isEqualTo(Topic.GENERAL);
        assertThat(classify(title, lead)).isEqualTo(Topic.SPORTS);
    }

    @Test
    void keywordsAndMeaningAgreeOnClearStories() {
        assertThat(classify("Hospitals fill as coronavirus cases surge",
                "Health officials urged people to get vaccinated as the outbreak spread.")).isEqualTo(Topic.HEALTH);
        assertThat(classify("Senate passes the budget bill after all-night session",
                "Lawmakers voted 51-49 along party lines.")).isEqualTo(Topic.POLITICS);
    }

    @Test
    void withoutAVectorTheLexiconDecidesAlone() {
        List<String> titles = List.of("Quarterback throws four touchdowns as team reaches the playoffs");
        assertThat(topics.classify(titles, List.of(""), null))
                .isEqualTo(new TopicClassifier().classify(titles, List.of("")));
    }
}
