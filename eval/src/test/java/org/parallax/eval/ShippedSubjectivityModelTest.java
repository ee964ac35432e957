package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.parallax.core.subjectivity.LabelledSentence;
import org.parallax.core.subjectivity.LabelledSentences;
import org.parallax.core.subjectivity.LearnedSubjectivity;
import org.parallax.core.subjectivity.ShippedSubjectivityModel;
import org.parallax.core.subjectivity.SubjectivityModel;
import org.parallax.core.subjectivity.SubjectivityTrainer;
import org.parallax.pipeline.Embedders;
import org.parallax.pipeline.testing.SharedDatasets;
import org.parallax.pipeline.testing.TestModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped fact-or-opinion models, with the real sentence models; the default one for the examples. */
class ShippedSubjectivityModelTest {

    private final LearnedSubjectivity classifier = LearnedSubjectivity.load(
            Embedders.subjectivityEncoder(TestModel.nativeDir()), ShippedSubjectivityModel.CHECKTHAT);

    /** The weights are honest: fitting the project's sentences again gives them back. */
    @Test
    void retrainingTheOwnModelReproducesItsWeights() {
        SubjectivityModel shipped = ShippedSubjectivityModel.OWN.model();
        SubjectivityModel refit = new SubjectivityTrainer(TestModel.embedder(), true)
                .fit(LearnedSubjectivity.shippedSentences(), shipped.lambda(), shipped.threshold(), shipped.trainedOn());
        assertSameWeights(refit, shipped);
    }

    /** The CheckThat! model comes from the train split alone, when the data are beside the repository. */
    @Test
    void retrainingTheCheckThatModelReproducesItsWeights() throws IOException {
        SubjectivityModel shipped = ShippedSubjectivityModel.CHECKTHAT.model();
        List<LabelledSentence> train = read(SharedDatasets.require(DataFolder.CHECKTHAT_TRAIN));
        SubjectivityModel refit = new SubjectivityTrainer(Embedders.subjectivityEncoder(TestModel.nativeDir()), false)
                .fit(train, shipped.lambda(), shipped.threshold(), shipped.trainedOn());
        assertSameWeights(refit, shipped);
    }

    private static void assertSameWeights(SubjectivityModel refit, SubjectivityModel shipped) {
        assertThat(refit.embedderId()).isEqualTo(shipped.embedderId());
        assertThat(refit.featureNames()).isEqualTo(shipped.featureNames());
        // Nine significant digits are stored; a different CPU may round the int8 model's sums differently.
        assertThat(refit.bias()).isCloseTo(shipped.bias(), Offset.offset(1e-4));
        for (int i = 0; i < shipped.weights().length; i++) {
            assertThat(refit.weights()[i]).as(shipped.featureNames().get(i))
                    .isCloseTo(shipped.weights()[i], Offset.offset(1e-4));
        }
    }

    @Test
    void eachShippedModelSaysWhatItWasTrainedOnAndItsTerms() {
        assertThat(ShippedSubjectivityModel.CHECKTHAT.model().trainedOn()).contains("CheckThat!")
                .contains("CC BY-NC-SA 4.0");
        assertThat(ShippedSubjectivityModel.OWN.model().trainedOn()).contains("written for Parallax");
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
     * On the CheckThat! 2025 English dev set, when shared/ is there: no worse than the figures of the
     * model card (0.786 and 0.701), less a margin for rounding differences of the int8 sentence models.
     */
    @Test
    void checkThatDevScoresDoNotRegress() throws IOException {
        List<LabelledSentence> dev = read(SharedDatasets.require(DataFolder.CHECKTHAT_DEV));
        assertThat(SubjectivityEvaluation.of(classifier, dev).scores().macroF1()).isGreaterThanOrEqualTo(0.77);
        LearnedSubjectivity own = LearnedSubjectivity.load(TestModel.embedder(), ShippedSubjectivityModel.OWN);
        assertThat(SubjectivityEvaluation.of(own, dev).scores().macroF1()).isGreaterThanOrEqualTo(0.69);
    }

    private static List<LabelledSentence> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return LabelledSentences.read(reader, file.toString());
        }
    }
}
