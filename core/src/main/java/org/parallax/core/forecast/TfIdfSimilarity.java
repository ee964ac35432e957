package org.parallax.core.forecast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

import org.parallax.core.text.InverseDocumentFrequency;
import org.parallax.core.text.TermVector;
import org.parallax.core.text.Tokenizer;

/**
 * Cosine of TF-IDF vectors of content words (plural-folded, stopwords removed). IDF is computed over
 * the question bank, so words every question uses ("happen", "2027") weigh little. The question's own
 * words count fully and its background at {@code backgroundWeight}: the question says what is asked,
 * the background adds the vocabulary a story about it would use. A story's title counts twice, as
 * the best summary of what it is about.
 */
public final class TfIdfSimilarity implements SimilarityModel {

    /** Background words beyond this many are ignored: long resolution rules drown the subject. */
    static final int BACKGROUND_WORDS = 80;

    private final double backgroundWeight;
    private final double leadWeight;

    /**
     * @param backgroundWeight weight of a question's background words against its own words
     * @param leadWeight       weight of a story's lead words against its title's words
     */
    public TfIdfSimilarity(double backgroundWeight, double leadWeight) {
        if (backgroundWeight < 0 || backgroundWeight > 1 || leadWeight < 0 || leadWeight > 1) {
            throw new IllegalArgumentException("weights must be in [0, 1]");
        }
        this.backgroundWeight = backgroundWeight;
        this.leadWeight = leadWeight;
    }

    public static TfIdfSimilarity defaults() {
        return new TfIdfSimilarity(0.5, 0.5);
    }

    @Override
    public Prepared prepare(List<QuestionText> questions) {
        List<List<String>> questionWords = new ArrayList<>(questions.size());
        List<List<String>> backgroundWords = new ArrayList<>(questions.size());
        List<List<String>> documents = new ArrayList<>(questions.size());
        for (QuestionText q : questions) {
            List<String> own = Tokenizer.contentWords(q.question());
            List<String> background = q.background() == null ? List.of() : Tokenizer.contentWords(q.background());
            background = background.subList(0, Math.min(BACKGROUND_WORDS, background.size()));
            questionWords.add(own);
            backgroundWords.add(background);
            List<String> doc = new ArrayList<>(own);
            doc.addAll(background);
            documents.add(doc);
        }
        InverseDocumentFrequency idf = new InverseDocumentFrequency(documents);
        List<TermVector> vectors = new ArrayList<>(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            vectors.add(combine(idf.vector(questionWords.get(i)), idf.vector(backgroundWords.get(i)), backgroundWeight));
        }
        return (title, lead) -> {
            TermVector story = combine(idf.vector(Tokenizer.contentWords(title)),
                    idf.vector(Tokenizer.contentWords(lead == null ? "" : lead)), leadWeight);
            IntToDoubleFunction similarity = index -> story.cosine(vectors.get(index));
            return similarity;
        };
    }

    /** {@code main + weight * extra}. */
    private static TermVector combine(TermVector main, TermVector extra, double weight) {
        Map<String, Double> sum = new HashMap<>(main.weights());
        extra.weights().forEach((term, w) -> sum.merge(term, weight * w, Double::sum));
        return TermVector.of(sum);
    }
}
