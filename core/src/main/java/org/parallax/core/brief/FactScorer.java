package org.parallax.core.brief;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parallax.core.learn.LinearModelFile;
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

    private static final List<String> KEYS = List.of("trained_on", "lambda", "threshold", "corroboration_bonus",
            "uncorroborated_beyond_minimum", "bias");
    private static final List<String> NUMBERS = List.of("lambda", "threshold", "corroboration_bonus", "bias");

    public void write(Writer out) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("trained_on", trainedOn);
        settings.put("lambda", LinearModelFile.number(lambda));
        settings.put("threshold", LinearModelFile.number(threshold));
        settings.put("corroboration_bonus", LinearModelFile.number(corroborationBonus));
        settings.put("uncorroborated_beyond_minimum", String.valueOf(uncorroboratedBeyondMinimum));
        settings.put("bias", LinearModelFile.number(bias));
        new LinearModelFile(settings, featureNames, means, scales, weights).write(out, List.of(
                "Parallax fact-selection model: logistic regression over standardised candidate features",
                "and the selection rule tuned with it. Written by `parallax train fact-selection`."));
    }

    public static FactScorer read(Reader reader) {
        LinearModelFile file = LinearModelFile.read(reader, "fact-selection model", KEYS, NUMBERS);
        return new FactScorer(file.text("trained_on"), file.number("lambda"), file.number("threshold"),
                file.number("corroboration_bonus"), file.flag("uncorroborated_beyond_minimum"), file.featureNames(),
                file.means(), file.scales(), file.weights(), file.number("bias"));
    }
}
