package org.parallax.core.subjectivity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A trained fact-or-opinion model: logistic regression over standardised {@link SubjectivityFeatures}.
 * A sentence is subjective when its probability reaches {@code threshold}. {@code embedderId} names
 * the sentence model whose vectors the weights were fitted to; vectors of another model are
 * meaningless to them. {@code trainedOn} says which data it was fitted to (and under which terms).
 * {@code lambda} is the regularisation it was fitted with, kept so that the fit can be repeated.
 * Whether the surface cues follow the vector is told by the feature names ({@code cue_...}).
 *
 * <p>Stored as UTF-8 TSV: {@code #} comment lines, then {@code key<TAB>value} lines for
 * {@code embedder}, {@code trained_on}, {@code lambda}, {@code threshold} and {@code bias}, then the
 * header {@code feature<TAB>mean<TAB>scale<TAB>weight} and one line per feature. Numbers are written
 * with nine significant digits in a fixed locale, so the same fit gives the same bytes.
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

    public void write(Writer out) throws IOException {
        out.write("# Parallax fact-or-opinion model: logistic regression over standardised features\n");
        out.write("# (sentence vector, then surface cues). Written by `parallax train subjectivity`.\n");
        out.write("embedder\t" + embedderId + "\n");
        out.write("trained_on\t" + trainedOn + "\n");
        out.write("lambda\t" + number(lambda) + "\n");
        out.write("threshold\t" + number(threshold) + "\n");
        out.write("bias\t" + number(bias) + "\n");
        out.write("feature\tmean\tscale\tweight\n");
        for (int i = 0; i < weights.length; i++) {
            out.write(featureNames.get(i) + "\t" + number(means[i]) + "\t" + number(scales[i]) + "\t"
                    + number(weights[i]) + "\n");
        }
    }

    /** Nine significant digits: far below any effect on a probability, stable to read back. */
    private static String number(double value) {
        return String.format(Locale.ROOT, "%.9g", value);
    }

    public static SubjectivityModel read(Reader reader) {
        try {
            BufferedReader lines = new BufferedReader(reader);
            String embedder = null;
            String trainedOn = null;
            double lambda = Double.NaN;
            double threshold = Double.NaN;
            double bias = Double.NaN;
            List<String> names = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            boolean inFeatures = false;
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (inFeatures) {
                    if (fields.length != 4) {
                        throw new IllegalArgumentException("model line " + number + ": expected 4 fields");
                    }
                    names.add(fields[0]);
                    rows.add(new double[] {parse(fields[1], number), parse(fields[2], number), parse(fields[3], number)});
                    continue;
                }
                if (fields.length != 2 && !fields[0].equals("feature")) {
                    throw new IllegalArgumentException("model line " + number + ": expected key<TAB>value");
                }
                switch (fields[0]) {
                    case "embedder" -> embedder = fields[1];
                    case "trained_on" -> trainedOn = fields[1];
                    case "lambda" -> lambda = parse(fields[1], number);
                    case "threshold" -> threshold = parse(fields[1], number);
                    case "bias" -> bias = parse(fields[1], number);
                    case "feature" -> inFeatures = true;
                    default -> throw new IllegalArgumentException("model line " + number + ": unknown key " + fields[0]);
                }
            }
            if (embedder == null || trainedOn == null || Double.isNaN(lambda) || Double.isNaN(threshold) || Double.isNaN(bias)
                    || names.isEmpty()) {
                throw new IllegalArgumentException("model file is incomplete");
            }
            double[] means = new double[rows.size()];
            double[] scales = new double[rows.size()];
            double[] weights = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                means[i] = rows.get(i)[0];
                scales[i] = rows.get(i)[1];
                weights[i] = rows.get(i)[2];
            }
            return new SubjectivityModel(embedder, trainedOn, lambda, threshold, names, means, scales, weights, bias);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double parse(String field, int line) {
        try {
            return Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model line " + line + ": not a number: " + field);
        }
    }
}
