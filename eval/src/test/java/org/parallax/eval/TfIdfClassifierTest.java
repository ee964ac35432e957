package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.liblinear.Feature;
import org.junit.jupiter.api.Test;

class TfIdfClassifierTest {

    @Test
    void wordsBelowTheDocumentFrequencyAreNoFeatures() {
        List<Map<String, Integer>> counts = List.of(TfIdfFeatures.counts("Rain rain in Spain"),
                TfIdfFeatures.counts("rain at sea"), TfIdfFeatures.counts("sun in Spain"));
        TfIdfFeatures features = TfIdfFeatures.fit(counts, 2);
        // in, rain, spain (alphabetical), then the bias
        assertThat(features.dimensions()).isEqualTo(4);
        Feature[] sea = features.vector("sea rain");
        assertThat(sea).hasSize(2);
        assertThat(sea[0].getIndex()).isEqualTo(2);
        assertThat(sea[0].getValue()).isEqualTo(1.0);
        assertThat(sea[1].getIndex()).isEqualTo(4);
    }

    @Test
    void smoothedIdfWeighsRareWordsMore() {
        TfIdfFeatures features = TfIdfFeatures.fit(List.of(TfIdfFeatures.counts("common rare"),
                TfIdfFeatures.counts("common"), TfIdfFeatures.counts("common")), 1);
        Feature[] both = features.vector("common rare");
        // idf(common) = ln(4/4) + 1 = 1, idf(rare) = ln(4/2) + 1
        double rare = Math.log(2) + 1;
        double norm = Math.sqrt(1 + rare * rare);
        assertThat(both[0].getValue()).isCloseTo(1 / norm, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(both[1].getValue()).isCloseTo(rare / norm, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void classifierLearnsWhichWordsMarkAClass() {
        List<String> texts = List.of("I think this is terrible", "we believe it is awful", "I feel it is wonderful",
                "the council met on Monday", "the bill passed by 52 votes", "the report was published on Friday");
        TfIdfClassifier classifier = TfIdfClassifier.fit(texts, new double[] {1, 1, 1, 0, 0, 0}, 1);
        int subjective = classifier.labels()[0] == 1 ? 0 : 1;
        assertThat(classifier.probabilities("I think it is awful")[subjective]).isGreaterThan(0.5);
        assertThat(classifier.probabilities("the council passed the bill on Monday")[subjective]).isLessThan(0.5);
    }
}
