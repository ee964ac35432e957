package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.brief.ExtractiveBriefComposer;
import org.parallax.core.metrics.ArousalLexicon;
import org.parallax.core.topic.TopicClassifier;

class BriefEvaluationTest {
    @TempDir
    Path dir;

    private final ExtractiveBriefComposer composer =
            new ExtractiveBriefComposer(InstantSource.fixed(Instant.EPOCH), new TopicClassifier());

    @Test
    void aBriefThatIsTheReferenceScoresFullMarks() throws IOException {
        Path file = Files.writeString(dir.resolve("stories.jsonl"), """
                {"id": "s1", "articles": [{"title": "Council approves transit plan", "text": "The Riverton council approved a new transit plan on Tuesday after a long debate."}], "reference_title": "Council approves transit plan", "reference": "The Riverton council approved a new transit plan on Tuesday after a long debate."}
                {"id": "s2", "articles": [{"title": "No reference here", "text": "Officials said the storm would reach the coast on Friday night."}]}
                """);
        List<GoldStory> stories = new GoldStoryReader().read(file);
        assertThat(stories).hasSize(2);

        ArousalLexicon lexicon = ArousalLexicon.parse(List.of("debate\t0.5\t0.6\t0.5", "council\t0.5\t0.2\t0.5"));
        BriefEvaluation.Result result = new BriefEvaluation(composer, lexicon).evaluate(stories);
        assertThat(result.stories()).isEqualTo(1);
        assertThat(result.rouge1()).isCloseTo(100, within(1e-9));
        assertThat(result.rouge2()).isCloseTo(100, within(1e-9));
        assertThat(result.rougeL()).isCloseTo(100, within(1e-9));
        assertThat(result.arousal().orElseThrow()).isCloseTo(0.4, within(1e-9));
        assertThat(result.line()).isEqualTo(
                "brief: rouge1=100.00 rouge2=100.00 rougeL=100.00 arousal=0.4000 reference_arousal=0.4000 multi_credit_facts=0.000 stories=1");
    }

    @Test
    void aLineWithoutArticlesIsAnErrorWithItsNumber() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"s1\", \"articles\": []}\n{\"id\": \"s2\"}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GoldStoryReader().read(file))
                .hasMessageContaining("line 2");
    }
}
