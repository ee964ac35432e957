package org.parallax.eval;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.parallax.core.metrics.BinaryScores;
import org.parallax.core.subjectivity.LabelledSentence;
import org.parallax.core.subjectivity.SentenceSubjectivity;

/**
 * Scores fact-or-opinion classifiers on labelled sentences with the CheckThat! metric (macro-F1 over
 * SUBJ and OBJ), and how many sentences each calls subjective.
 */
public final class SubjectivityEvaluation {

    /** One classifier's scores on one file; {@code sentencesPerSecond} is the classifier's own throughput. */
    public record Result(BinaryScores scores, int predictedSubjective, double sentencesPerSecond) {
    }

    private SubjectivityEvaluation() {
    }

    /** The classifier at its own threshold; its sentences are classified in one batch. */
    public static Result of(SentenceSubjectivity classifier, List<LabelledSentence> sentences) {
        long start = System.nanoTime();
        List<Double> p = classifier.subjectivities(sentences.stream().map(LabelledSentence::sentence).toList());
        double seconds = (System.nanoTime() - start) / 1e9;
        return score(sentences, i -> p.get(i), classifier.threshold(), seconds);
    }

    /** The TF-IDF + logistic-regression peer at 0.5. */
    public static Result of(TfIdfLogisticRegression peer, List<LabelledSentence> sentences) {
        long start = System.nanoTime();
        double[] p = sentences.stream().mapToDouble(s -> peer.subjectivity(s.sentence())).toArray();
        double seconds = (System.nanoTime() - start) / 1e9;
        return score(sentences, i -> p[i], 0.5, seconds);
    }

    private static Result score(List<LabelledSentence> sentences, ToDoubleFunction<Integer> probability,
                                double threshold, double seconds) {
        BinaryScores scores = new BinaryScores();
        int predicted = 0;
        for (int i = 0; i < sentences.size(); i++) {
            boolean subjective = probability.applyAsDouble(i) >= threshold;
            predicted += subjective ? 1 : 0;
            scores.add(sentences.get(i).subjective(), subjective);
        }
        return new Result(scores, predicted, seconds > 0 ? sentences.size() / seconds : 0);
    }
}
