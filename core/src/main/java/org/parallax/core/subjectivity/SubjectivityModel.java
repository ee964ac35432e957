package org.parallax.core.subjectivity;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parallax.core.learn.LinearModelFile;

/**
 * A trained fact-or-opinion model: logistic regression over standardised {@link SubjectivityFeatures}.
 * A sentence is subjective when its probability reaches {@code threshold}. {@code embedderId} names
 * the sentence model whose vectors the weights were fitted to; vectors of another model are
 * meaningless to them. {@code trainedOn} says which data it was fitted to (and under which terms).
 * {@code lambda} is the regularisation it was fitted with, kept so that the fit can be repeated.
 * Whether the surface cues follow the vector is told by the feature names ({@code cue_...}).
 *
 * <p>Stored as a {@link LinearModelFile} with the settings {@code embedder}, {@code trained_on},
 * {@code lambda}, {@code threshold} and {@code bias}.
 */
public record SubjectivityModel(String embedderId, String trainedOn, double lambda, double threshold,
                                List<String> featureNames, double[] means, double[] scales, double[] weights,
                                double bias) {

    public SubjectivityModel {
        if (trainedOn.contains("\t") || trainedOn.contains("\n")) {
            throw new IllegalArgumentException("trainedOn must be one line without tabs");
        }
        featureNames = List.copyOf(featureNames);
        int d = featureNames.size();
        if (means.length != d || scales.length != d || weights.length != d) {
            throw new IllegalArgumentException("every feature needs a mean, a scale and a weight");
        }
        means = means.clone();
        scales = scales.clone();
        weights = weights.clone();
    }

    /** Whether the {@link SubjectivityCues} follow the sentence vector among the features. */
    public boolean cues() {
        return featureNames.getLast().startsWith(SubjectivityFeatures.CUE_PREFIX);
    }

    /** Length of the sentence vectors the model reads. */
    public int dimensions() {
        return featureNames.size() - (cues() ? SubjectivityCues.NAMES.size() : 0);
    }

    /** The probability that {@code sentence}, whose sentence vector is {@code vector}, is subjective. */
    public double probability(String sentence, float[] vector) {
        return probability(SubjectivityFeatures.of(sentence, vector, cues()));
    }

    /** The probability that a sentence with these (raw, unstandardised) features is subjective. */
    public double probability(double[] features) {
        if (features.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " features, got " + features.length);
        }
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * (features[i] - means[i]) / scales[i];
        }
        return LogisticRegression.sigmoid(z);
    }

    private static final List<String> KEYS = List.of("embedder", "trained_on", "lambda", "threshold", "bias");
    private static final List<String> NUMBERS = List.of("lambda", "threshold", "bias");

    public void write(Writer out) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("embedder", embedderId);
        settings.put("trained_on", trainedOn);
        settings.put("lambda", LinearModelFile.number(lambda));
        settings.put("threshold", LinearModelFile.number(threshold));
        settings.put("bias", LinearModelFile.number(bias));
        new LinearModelFile(settings, featureNames, means, scales, weights).write(out, List.of(
                "Parallax fact-or-opinion model: logistic regression over standardised features",
                "(sentence vector, then surface cues). Written by `parallax train subjectivity`."));
    }

    public static SubjectivityModel read(Reader reader) {
        LinearModelFile file = LinearModelFile.read(reader, "model", KEYS, NUMBERS);
        return new SubjectivityModel(file.text("embedder"), file.text("trained_on"), file.number("lambda"),
                file.number("threshold"), file.featureNames(), file.means(), file.scales(), file.weights(),
                file.number("bias"));
    }
}
