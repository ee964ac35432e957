package org.parallax.core.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.Topic;

class TopicClassifierTest {

    private final TopicClassifier classifier = new TopicClassifier();

    @Test
    void classifiesClearStories() {
        assertThat(classifier.classify("Senate passes voting rights bill after filibuster fight")).isEqualTo(Topic.POLITICS);
        assertThat(classifier.classify("Wildfires spread as heat wave grips the West")).isEqualTo(Topic.CLIMATE);
        assertThat(classifier.classify("Central bank raises interest rates to fight inflation")).isEqualTo(Topic.BUSINESS);
        assertThat(classifier.classify("Quarterback throws three touchdowns as team reaches playoffs")).isEqualTo(Topic.SPORTS);
        assertThat(classifier.classify("Police arrest suspect in downtown shooting")).isEqualTo(Topic.CRIME);
        assertThat(classifier.classify("New vaccine cuts hospital admissions for covid patients")).isEqualTo(Topic.HEALTH);
        assertThat(classifier.classify("NASA telescope spots water on distant planet")).isEqualTo(Topic.SCIENCE);
        assertThat(classifier.classify("Ransomware attack hits smartphone maker's software")).isEqualTo(Topic.TECHNOLOGY);
        assertThat(classifier.classify("Kremlin rejects ceasefire proposal as NATO allies meet")).isEqualTo(Topic.WORLD);
        assertThat(classifier.classify("Actress wins Oscar for film about a singer")).isEqualTo(Topic.CULTURE);
    }

    @Test
    void fallsBackToGeneralWhenNothingScores() {
        assertThat(classifier.classify("Local bakery celebrates its hundredth birthday with free bread")).isEqualTo(Topic.GENERAL);
        assertThat(classifier.classify("")).isEqualTo(Topic.GENERAL);
    }

    @Test
    void weakCuesAloneAreNotEnough() {
        assertThat(classifier.scores("The president spoke")).containsOnlyKeys(Topic.POLITICS);
        assertThat(classifier.classify("The president spoke")).isEqualTo(Topic.GENERAL);
    }

    @Test
    void headlinesCountMoreThanLeads() {
        Topic topic = classifier.classify(List.of("Stocks tumble on Wall Street"),
                List.of("The police were called to the trading floor."));
        assertThat(topic).isEqualTo(Topic.BUSINESS);
    }

    @Test
    void matchesPluralsAndPhrases() {
        TopicLexicon lexicon = TopicLexicon.parse(List.of("# comment", "", "SCIENCE 3 black hole", "SPORTS 3 goal"));
        TopicClassifier custom = new TopicClassifier(lexicon);
        assertThat(custom.classify("Two black holes collide")).isEqualTo(Topic.SCIENCE);
        assertThat(custom.classify("A black cat and a hole")).isEqualTo(Topic.GENERAL);
        assertThat(custom.classify("Late goals decide it")).isEqualTo(Topic.SPORTS);
    }

    @Test
    void rejectsMalformedLexicon() {
        assertThatThrownBy(() -> TopicLexicon.parse(List.of("SCIENCE 3"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TopicLexicon.parse(List.of("GOSSIP 3 rumour"))).isInstanceOf(IllegalArgumentException.class);
    }
}
