package org.parallax.core.brief;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parallax.core.subjectivity.LogisticRegression;

/**
 * The learned fact-selection model: logistic regression over standardised {@link FactFeatures}, giving
 * the probability that a candidate sentence is one a neutral summary of the story would carry, and the
 * selection rule tuned with it ({@link FactSelector} applies it).
 *
 * <ul>
 * <li>Candidates are ranked by the log-odds of that probability plus {@code corroborationBonus} per
 * independent source other than the fact's own that the {@link ClaimMatcher} credits: facts more
 * outlets state come first. The bonus only orders; it credits nobody.</li>
 * <li>Once a brief has its minimum of facts, a candidate is taken only when its probability reaches
 * {@code threshold}, and an uncorroborated one only when {@code uncorroboratedBeyondMinimum}.</li>
 * </ul>
 *
 * <p>Stored as UTF-8 TSV ({@code fact-selection.tsv} beside this class, written by
 * {@code parallax train fact-selection}): {@code #} comment lines, {@code key<TAB>value} lines, then
 * the header {@code feature<TAB>mean<TAB>scale<TAB>weight} and one line per feature, in the order of
 * {@link FactFeatures#NAMES}. Numbers have nine significant digits in a fixed locale, so the same fit
 * gives the same bytes.
 */
public record FactScorer(String trainedOn, double lambda, double threshold, double corroborationBonus,
                         boolean uncorroboratedBeyondMinimum, List<String> featureNames, double[] means,
                         double[] scales, double[] weights, double bias) {

    /** The shipped model's resource name, beside this class. */
    public static final String RESOURCE = "fact-selection.tsv";

    public FactScorer {
        if (trainedOn.contains("\t") || trainedOn.contains("\n")) {
            throw new IllegalArgumentException("trainedOn must be one line without tabs");
        }
        featureNames = List.copyOf(featureNames);
        if (!featureNames.equals(FactFeatures.NAMES)) {
            throw new IllegalArgumentException("the model's features " + featureNames + " are not the ones computed: "
                    + FactFeatures.NAMES + "; rebuild it with parallax train fact-selection");
        }
        int d = featureNames.size();
        if (means.length != d || scales.length != d || weights.length != d) {
            throw new IllegalArgumentException("every feature needs a mean, a scale and a weight");
        }
        means = means.clone();
        scales = scales.clone();
        weights = weights.clone();
    }

    /** The model as shipped. */
    public static FactScorer shipped() {
        try (InputStream in = FactScorer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same weights with another selection rule. */
    public FactScorer withRule(double threshold, double corroborationBonus, boolean uncorroboratedBeyondMinimum) {
        return new FactScorer(trainedOn, lambda, threshold, corroborationBonus, uncorroboratedBeyondMinimum,
                featureNames, means, scales, weights, bias);
    }

    /** Log-odds that a candidate with these raw features belongs in the brief. */
    public double logit(double[] features) {
        if (features.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " features, got " + features.length);
        }
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * (features[i] - means[i]) / scales[i];
        }
        return z;
    }

    public double probability(double[] features) {
        return LogisticRegression.sigmoid(logit(features));
    }

    /** The ranking value: log-odds plus the bonus per independent corroborating source. */
    public double rank(double[] features, int independentSources) {
        return logit(features) + corroborationBonus * independentSources;
    }

    public void write(Writer out) throws IOException {
        out.write("# Parallax fact-selection model: logistic regression over standardised candidate features\n");
        out.write("# and the selection rule tuned with it. Written by `parallax train fact-selection`.\n");
        out.write("trained_on\t" + trainedOn + "\n");
        out.write("lambda\t" + number(lambda) + "\n");
        out.write("threshold\t" + number(threshold) + "\n");
        out.write("corroboration_bonus\t" + number(corroborationBonus) + "\n");
        out.write("uncorroborated_beyond_minimum\t" + uncorroboratedBeyondMinimum + "\n");
        out.write("bias\t" + number(bias) + "\n");
        out.write("feature\tmean\tscale\tweight\n");
        for (int i = 0; i < weights.length; i++) {
            out.write(featureNames.get(i) + "\t" + number(means[i]) + "\t" + number(scales[i]) + "\t"
                    + number(weights[i]) + "\n");
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.9g", value);
    }

    public static FactScorer read(Reader reader) {
        try {
            BufferedReader lines = new BufferedReader(reader);
            String trainedOn = null;
            double lambda = Double.NaN;
            double threshold = Double.NaN;
            double bonus = Double.NaN;
            Boolean beyondMinimum = null;
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
                        throw new IllegalArgumentException("fact-selection model line " + number + ": expected 4 fields");
                    }
                    names.add(fields[0]);
                    rows.add(new double[] {parse(fields[1], number), parse(fields[2], number), parse(fields[3], number)});
                    continue;
                }
                if (fields.length != 2 && !fields[0].equals("feature")) {
                    throw new IllegalArgumentException("fact-selection model line " + number + ": expected key<TAB>value");
                }
                switch (fields[0]) {
                    case "trained_on" -> trainedOn = fields[1];
                    case "lambda" -> lambda = parse(fields[1], number);
                    case "threshold" -> threshold = parse(fields[1], number);
                    case "corroboration_bonus" -> bonus = parse(fields[1], number);
                    case "uncorroborated_beyond_minimum" -> beyondMinimum = Boolean.parseBoolean(fields[1]);
                    case "bias" -> bias = parse(fields[1], number);
                    case "feature" -> inFeatures = true;
                    default -> throw new IllegalArgumentException("fact-selection model line " + number
                            + ": unknown key " + fields[0]);
                }
            }
            if (trainedOn == null || Double.isNaN(lambda) || Double.isNaN(threshold) || Double.isNaN(bonus)
                    || beyondMinimum == null || Double.isNaN(bias) || names.isEmpty()) {
                throw new IllegalArgumentException("fact-selection model file is incomplete");
            }
            double[] means = new double[rows.size()];
            double[] scales = new double[rows.size()];
            double[] weights = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                means[i] = rows.get(i)[0];
                scales[i] = rows.get(i)[1];
                weights[i] = rows.get(i)[2];
            }
            return new FactScorer(trainedOn, lambda, threshold, bonus, beyondMinimum, names, means, scales, weights,
                    bias);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double parse(String value, int line) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fact-selection model line " + line + ": not a number: " + value);
        }
    }
}
