package org.parallax.core.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedCollection;

/**
 * The stored form of a linear model over standardised features, shared by the models Parallax trains
 * (fact or opinion, fact selection): UTF-8 TSV with {@code #} comment lines, {@code key<TAB>value}
 * settings, then the header {@code feature<TAB>mean<TAB>scale<TAB>weight} and one line per feature.
 * Numbers have nine significant digits in a fixed locale, so the same fit gives the same bytes. Each
 * model names the settings it needs; a file missing one of them, or holding another, is refused with
 * the line it stops at.
 */
public record LinearModelFile(Map<String, String> settings, List<String> featureNames, double[] means,
                              double[] scales, double[] weights) {

    private static final String FEATURE_HEADER = "feature\tmean\tscale\tweight";

    public LinearModelFile {
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        featureNames = List.copyOf(featureNames);
        means = means.clone();
        scales = scales.clone();
        weights = weights.clone();
    }

    /** Nine significant digits: far below any effect on a probability, stable to read back. */
    public static String number(double value) {
        return String.format(Locale.ROOT, "%.9g", value);
    }

    public String text(String key) {
        return settings.get(key);
    }

    public double number(String key) {
        return Double.parseDouble(settings.get(key));
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(settings.get(key));
    }

    /** Writes the comment lines (without their {@code # }), the settings in their order, then the features. */
    public void write(Writer out, List<String> comments) throws IOException {
        for (String comment : comments) {
            out.write("# " + comment + "\n");
        }
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            out.write(setting.getKey() + "\t" + setting.getValue() + "\n");
        }
        out.write(FEATURE_HEADER + "\n");
        for (int i = 0; i < weights.length; i++) {
            out.write(featureNames.get(i) + "\t" + number(means[i]) + "\t" + number(scales[i]) + "\t"
                    + number(weights[i]) + "\n");
        }
    }

    /**
     * Reads a model file that must hold exactly the settings {@code keys}, of which {@code numeric} are
     * numbers; {@code what} names the model in errors ("fact-selection model line 7: not a number: x").
     */
    public static LinearModelFile read(Reader reader, String what, SequencedCollection<String> keys,
                                       SequencedCollection<String> numeric) {
        try {
            BufferedReader lines = new BufferedReader(reader);
            Map<String, String> settings = new LinkedHashMap<>();
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
                        throw new IllegalArgumentException(what + " line " + number + ": expected 4 fields");
                    }
                    names.add(fields[0]);
                    rows.add(new double[] {parse(fields[1], what, number), parse(fields[2], what, number),
                            parse(fields[3], what, number)});
                } else if (fields[0].equals("feature")) {
                    inFeatures = true;
                } else if (fields.length != 2) {
                    throw new IllegalArgumentException(what + " line " + number + ": expected key<TAB>value");
                } else if (!keys.contains(fields[0])) {
                    throw new IllegalArgumentException(what + " line " + number + ": unknown key " + fields[0]);
                } else {
                    if (numeric.contains(fields[0])) {
                        parse(fields[1], what, number);
                    }
                    settings.put(fields[0], fields[1]);
                }
            }
            if (!settings.keySet().containsAll(keys) || names.isEmpty()) {
                throw new IllegalArgumentException(what + " file is incomplete");
            }
            double[] means = new double[rows.size()];
            double[] scales = new double[rows.size()];
            double[] weights = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                means[i] = rows.get(i)[0];
                scales[i] = rows.get(i)[1];
                weights[i] = rows.get(i)[2];
            }
            return new LinearModelFile(settings, names, means, scales, weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double parse(String field, String what, int line) {
        try {
            return Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " line " + line + ": not a number: " + field);
        }
    }
}
