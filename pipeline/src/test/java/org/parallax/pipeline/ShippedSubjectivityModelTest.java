package org.parallax.pipeline;

import org.parallax.pipeline.testing.SharedDatasets;
import org.parallax.pipeline.testing.TestModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.parallax.core.metrics.BinaryScores;
import org.parallax.core.subjectivity.LabelledSentence;
import org.parallax.core.subjectivity.LabelledSentences;
import org.parallax.core.subjectivity.LearnedSubjectivity;
import org.parallax.core.subjectivity.SubjectivityModel;
import org.parallax.core.subjectivity.SubjectivityTrainer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped fact-or-opinion model, with the real sentence model. */
class ShippedSubjectivityModelTest {

    private final LearnedSubjectivity classifier = LearnedSubjectivity.load(TestModel.embedder());

    /** The weights are honest: fitting the shipped sentences again gives them back. */
    @Test
    void retrainingOnTheShippedSentencesReproducesTheShippedWeights() {
        SubjectivityModel shipped = LearnedSubjectivity.shippedModel();
        SubjectivityModel refit = new SubjectivityTrainer(TestModel.embedder())
                .fit(LearnedSubjectivity.shippedSentences(), shipped.lambda(), shipped.threshold());
        assertThat(refit.featureNames()).isEqualTo(shipped.featureNames());
        // Nine significant digits are stored; a different CPU may round the int8 model's sums differently.
        assertThat(refit.bias()).isCloseTo(shipped.bias(), Offset.offset(1e-4));
        for (int i = 0; i < shipped.weights().length; i++) {
            assertThat(refit.weights()[i]).as(shipped.featureNames().get(i))
                    .isCloseTo(shipped.weights()[i], Offset.offset(1e-4));
        }
    }

    // None of these sentences is in the training set.
    @ParameterizedTest
    @ValueSource(strings = {
            "The council voted 7-2 on Tuesday to approve a $2.4 billion transit plan.",
            "Officials said more than 40,000 homes lost power across the coastal counties.",
            "The storm made landfall near Port Ashby early on Friday, according to the weather service.",
            "The hospital, which opened in 1964, has 420 beds and employs about 2,000 people."})
    void reportsAreObjective(String sentence) {
        assertThat(classifier.isSubjective(sentence)).as("%s (p=%.2f)", sentence, classifier.subjectivity(sentence))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We should have fixed the roads people already use before dreaming up shiny new tram lines.",
            "This plan is nothing more than a reckless giveaway, and everyone at city hall knows it.",
            "Why would anyone trust a council that cannot even balance its own books?",
            "It is a shameful episode that the city will regret for decades.",
            "Frankly, the mayor's excuses have become an embarrassment to everyone who voted for her."})
    void opinionsAreSubjective(String sentence) {
        assertThat(classifier.isSubjective(sentence)).as("%s (p=%.2f)", sentence, classifier.subjectivity(sentence))
                .isTrue();
    }

    /**
     * An opinion reported with attribution reads as less subjective than the same opinion in the
     * writer's voice. (On its own, the attributed sentence below still scores near the threshold:
     * attributed loaded quotes are the model's weakest case.)
     */
    @Test
    void attributionLowersSubjectivity() {
        double attributed = classifier.subjectivity(
                "The mayor described the plan as \"a reckless giveaway\" in a radio interview on Monday.");
        double own = classifier.subjectivity("The plan is a reckless giveaway, and the mayor is right to say so.");
        assertThat(attributed).isLessThan(own - 0.2);
    }

    @Test
    void batchAndSingleScoresAgree() {
        List<String> sentences = List.of("The court adjourned until June.", "What a farce this hearing has been!");
        List<Double> batch = classifier.subjectivities(sentences);
        assertThat(batch.get(0)).isCloseTo(classifier.subjectivity(sentences.get(0)), Offset.offset(1e-5));
        assertThat(batch.get(1)).isCloseTo(classifier.subjectivity(sentences.get(1)), Offset.offset(1e-5));
    }

    /**
     * On the CheckThat! 2025 English dev set, when shared/ is there: no worse than the figure in the
     * README (0.701), less a margin for rounding differences of the int8 sentence model.
     */
    @Test
    void checkThatDevScoreDoesNotRegress() throws IOException {
        Path dev = SharedDatasets.require("subjectivity/checkthat2025-en-dev.tsv");
        List<LabelledSentence> sentences;
        try (Reader reader = Files.newBufferedReader(dev, StandardCharsets.UTF_8)) {
            sentences = LabelledSentences.read(reader, dev.toString());
        }
        List<Double> p = classifier.subjectivities(sentences.stream().map(LabelledSentence::sentence).toList());
        BinaryScores scores = new BinaryScores();
        for (int i = 0; i < sentences.size(); i++) {
            scores.add(sentences.get(i).subjective(), p.get(i) >= classifier.model().threshold());
        }
        assertThat(scores.macroF1()).isGreaterThanOrEqualTo(0.69);
    }
}
