package org.parallax.core.forecast;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * How alike a story and a market question are in meaning, in [0, 1]. The seam where a sentence
 * embedding model replaces {@link TfIdfSimilarity}: questions are prepared once when the question
 * index is built, each story once when it is matched.
 */
@FunctionalInterface
public interface SimilarityModel {

    /** Prepares the questions' texts (question and background), in index order. */
    Prepared prepare(List<QuestionText> questions);

    /** A question's text as the model reads it. */
    record QuestionText(String question, String background) {
    }

    /** Questions ready to be compared with stories. */
    @FunctionalInterface
    interface Prepared {
        /** @return the similarity of the story (title and lead) to the question at each index */
        IntToDoubleFunction story(String title, String lead);
    }
}
