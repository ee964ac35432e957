package org.parallax.core.subjectivity;

import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of a fact-or-opinion model for one sentence: its sentence vector (what it says and
 * how), optionally followed by its {@link SubjectivityCues} (the surface marks of opinion and of
 * reporting). The model trained on the project's own sentences uses both; the one trained on
 * CheckThat! uses the vector alone (the cues added nothing to a middle-layer vector on its dev set).
 */
public final class SubjectivityFeatures {

    /** Prefix of the cue features' names. */
    static final String CUE_PREFIX = "cue_";

    private SubjectivityFeatures() {
    }

    /** Feature names: {@code vector_0..vector_(dimensions-1)}, then {@code cue_<name>} when {@code cues}. */
    public static List<String> names(int dimensions, boolean cues) {
        List<String> names = new ArrayList<>(dimensions + SubjectivityCues.NAMES.size());
        for (int i = 0; i < dimensions; i++) {
            names.add("vector_" + i);
        }
        if (cues) {
            for (String cue : SubjectivityCues.NAMES) {
                names.add(CUE_PREFIX + cue);
            }
        }
        return names;
    }

    /** The features of a sentence whose sentence vector is {@code vector}. */
    public static double[] of(String sentence, float[] vector, boolean cues) {
        double[] cueValues = cues ? SubjectivityCues.of(sentence) : new double[0];
        double[] features = new double[vector.length + cueValues.length];
        for (int i = 0; i < vector.length; i++) {
            features[i] = vector[i];
        }
        System.arraycopy(cueValues, 0, features, vector.length, cueValues.length);
        return features;
    }
}
