package org.parallax.core.subjectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SubjectivityTrainerTest {

    private static final String[] REPORTS = {
            "The council voted 7-2 on Tuesday to approve a $2.4 billion transit plan.",
            "Officials said more than 40,000 homes lost power across the coastal counties.",
            "The storm made landfall near Port Ashby early on Friday, according to the weather service.",
            "Construction of the first line is scheduled to begin next spring.",
            "The minister said the figures would be published in March.",
            "The union said 3,000 members had voted in the ballot.",
            "The court adjourned the hearing until June 4.",
            "The company reported revenue of $1.2 billion for the quarter.",
            "Police said two people were arrested at the scene.",
            "The bridge was closed for repairs on Monday, the city said."};
    private static final String[] OPINIONS = {
            "We should have fixed the roads people already use.",
            "This plan is nothing more than a reckless giveaway, and everyone knows it.",
            "Why would anyone trust a council that cannot balance its own books?",
            "You simply cannot build your way out of traffic.",
            "It is a shameful episode that the city will regret for decades.",
            "Frankly, the minister's excuses are absurd.",
            "We must stop pretending this disaster is a success.",
            "What a ridiculous waste of everyone's time!",
            "I think the council has truly lost its way.",
            "The decision is a disgrace and should be reversed."};

    private static List<LabelledSentence> sentences() {
        List<LabelledSentence> out = new ArrayList<>();
        for (int i = 0; i < REPORTS.length; i++) {
            out.add(new LabelledSentence("o" + i, REPORTS[i], false));
            out.add(new LabelledSentence("s" + i, OPINIONS[i], true));
        }
        return out;
    }

    private static final String TRAINED_ON = "twenty test sentences";

    private static SubjectivityTrainer trainer() {
        return new SubjectivityTrainer(new WordHashEmbedder(), true);
    }

    private static String written(SubjectivityModel model) {
        StringWriter out = new StringWriter();
        try {
            model.write(out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    @Test
    void trainingTwiceGivesTheSameModelFile() {
        SubjectivityTrainer.Training first = trainer().crossValidated(sentences(), TRAINED_ON);
        SubjectivityTrainer.Training second = trainer().crossValidated(sentences(), TRAINED_ON);
        assertThat(written(second.model())).isEqualTo(written(first.model()));
        assertThat(second.model().weights()).containsExactly(first.model().weights());
        assertThat(second.model().threshold()).isEqualTo(first.model().threshold());
        assertThat(second.lambdaScores()).isEqualTo(first.lambdaScores());
        assertThat(first.lambdaScores()).hasSize(SubjectivityTrainer.LAMBDAS.size());
        assertThat(first.sentences()).isEqualTo(20);
        assertThat(first.subjective()).isEqualTo(10);
    }

    @Test
    void theFittedModelSeparatesItsTrainingSentencesAndRefitsExactly() {
        SubjectivityModel model = trainer().crossValidated(sentences(), TRAINED_ON).model();
        LearnedSubjectivity classifier = new LearnedSubjectivity(new WordHashEmbedder(), model);
        for (LabelledSentence s : sentences()) {
            assertThat(classifier.isSubjective(s.sentence())).as(s.sentence()).isEqualTo(s.subjective());
        }
        SubjectivityModel refit = trainer().fit(sentences(), model.lambda(), model.threshold(), TRAINED_ON);
        assertThat(refit.weights()).containsExactly(model.weights());
    }

    /** Selection on a dev set fits the training sentences only, and reports the dev figures. */
    @Test
    void aDevSetChoosesLambdaAndThresholdWithoutBeingTrainedOn() {
        List<LabelledSentence> all = sentences();
        List<LabelledSentence> train = all.subList(0, 14);
        List<LabelledSentence> dev = all.subList(14, 20);
        SubjectivityTrainer.Training training = new SubjectivityTrainer(new WordHashEmbedder(), false)
                .withDevSet(train, dev, TRAINED_ON);
        SubjectivityModel model = training.model();
        assertThat(model.cues()).isFalse();
        assertThat(model.featureNames()).hasSize(WordHashEmbedder.DIMENSIONS);
        assertThat(training.sentences()).isEqualTo(14);
        assertThat(training.heldOut()).contains("dev");
        assertThat(model.threshold()).isBetween(0.30, 0.70);
        SubjectivityModel refit = new SubjectivityTrainer(new WordHashEmbedder(), false)
                .fit(train, model.lambda(), model.threshold(), TRAINED_ON);
        assertThat(written(refit)).isEqualTo(written(model));
    }

    @Test
    void aStoredModelReadsBackToTheSameProbabilities() {
        SubjectivityModel model = trainer().crossValidated(sentences(), TRAINED_ON).model();
        SubjectivityModel read = SubjectivityModel.read(new StringReader(written(model)));
        assertThat(read.embedderId()).isEqualTo("word-hash-32");
        assertThat(read.trainedOn()).isEqualTo(TRAINED_ON);
        assertThat(read.featureNames()).isEqualTo(model.featureNames());
        assertThat(read.cues()).isTrue();
        WordHashEmbedder embedder = new WordHashEmbedder();
        for (LabelledSentence s : sentences()) {
            float[] vector = embedder.embed(s.sentence());
            assertThat(read.probability(s.sentence(), vector)).isCloseTo(model.probability(s.sentence(), vector),
                    org.assertj.core.data.Offset.offset(1e-7));
        }
    }

    @Test
    void aModelOfAnotherEmbedderIsRefused() {
        SubjectivityModel model = trainer().crossValidated(sentences(), TRAINED_ON).model();
        SubjectivityModel foreign = new SubjectivityModel("other-model", TRAINED_ON, model.lambda(), model.threshold(),
                model.featureNames(), model.means(), model.scales(), model.weights(), model.bias());
        assertThatThrownBy(() -> new LearnedSubjectivity(new WordHashEmbedder(), foreign))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retrain");
    }
}
