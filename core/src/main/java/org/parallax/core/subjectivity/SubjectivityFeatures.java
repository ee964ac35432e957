package org.parallax.core.subjectivity;

import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of the fact-or-opinion model for one sentence: its sentence vector (what it says and
 * how) followed by its {@link SubjectivityCues} (the surface marks of opinion and of reporting).
 */
public final class SubjectivityFeatures {

    private SubjectivityFeatures() {
    }

    /** Feature names for a vector of {@code dimensions} components: {@code vector_0..}, then {@code cue_<name>}. */
    public static List<String> names(int dimensions) {
        List<String> names = new ArrayList<>(dimensions + SubjectivityCues.NAMES.size());
        for (int i = 0; i < dimensions; i++) {
            names.add("vector_" + i);
        }
        for (String cue : SubjectivityCues.NAMES) {
            names.add("cue_" + cue);
        }
        return names;
    }

    /** The features of a sentence whose sentence vector is {@code vector}. */
    public static double[] of(String sentence, float[] vector) {
        double[] cues = SubjectivityCues.of(sentence);
        double[] features = new double[vector.length + cues.length];
        for (int i = 0; i < vector.length; i++) {
            features[i] = vector[i];
        }
        System.arraycopy(cues, 0, features, vector.length, cues.length);
        return features;
    }
}
