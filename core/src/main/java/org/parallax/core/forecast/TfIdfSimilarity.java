package org.parallax.core.forecast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

import org.parallax.core.text.InverseDocumentFrequency;
import org.parallax.core.text.TermVector;
import org.parallax.core.text.Tokenizer;

/**
 * Cosine of TF-IDF vectors of content words (plural-folded, stopwords removed). IDF is computed over
 * the question bank, so words every question uses ("happen", "2027") weigh little. The question's own
 * words count fully and its background at {@code backgroundWeight}: the question says what is asked,
 * the background adds the vocabulary a story about it would use. A story's title counts fully and its
 * lead at {@code leadWeight}. Words that name entities count at {@code nameWeight}.
 */
public final class TfIdfSimilarity implements SimilarityModel {

    /** Background words beyond this many are ignored: long resolution rules drown the subject. */
    static final int BACKGROUND_WORDS = 80;

    private final double backgroundWeight;
    private final double leadWeight;
    private final double nameWeight;
    private final Entities entities = Entities.standard();

    /**
     * @param backgroundWeight weight of a question's background words against its own words
     * @param leadWeight       weight of a story's lead words against its title's words
     * @param nameWeight       weight of words that name an entity: names are rare, so their IDF is
     *                         high and, undamped, a name alone makes any story about a person similar
     *                         to any question about them ("Will X beat the S&P 500?" to every X story);
     *                         the entity test already checks the subject, similarity is about what is
     *                         said of it
     */
    public TfIdfSimilarity(double backgroundWeight, double leadWeight, double nameWeight) {
        if (backgroundWeight < 0 || backgroundWeight > 1 || leadWeight < 0 || leadWeight > 1 || nameWeight < 0
                || nameWeight > 1) {
            throw new IllegalArgumentException("weights must be in [0, 1]");
        }
        this.backgroundWeight = backgroundWeight;
        this.leadWeight = leadWeight;
        this.nameWeight = nameWeight;
    }

    public static TfIdfSimilarity defaults() {
        return new TfIdfSimilarity(0.5, 0.5, 0.25);
    }

    @Override
    public Prepared prepare(List<QuestionText> questions) {
        List<List<String>> questionWords = new ArrayList<>(questions.size());
        List<List<String>> backgroundWords = new ArrayList<>(questions.size());
        List<Set<String>> names = new ArrayList<>(questions.size());
        List<List<String>> documents = new ArrayList<>(questions.size());
        for (QuestionText q : questions) {
            List<String> own = Tokenizer.contentWords(q.question());
            List<String> background = q.background() == null ? List.of() : Tokenizer.contentWords(q.background());
            background = background.subList(0, Math.min(BACKGROUND_WORDS, background.size()));
            questionWords.add(own);
            backgroundWords.add(background);
            names.add(names(q.question(), q.background()));
            List<String> doc = new ArrayList<>(own);
            doc.addAll(background);
            documents.add(doc);
        }
        InverseDocumentFrequency idf = new InverseDocumentFrequency(documents);
        List<TermVector> vectors = new ArrayList<>(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            Set<String> named = names.get(i);
            vectors.add(combine(vector(questionWords.get(i), named, idf), vector(backgroundWords.get(i), named, idf),
                    backgroundWeight));
        }
        return (title, lead) -> {
            Set<String> named = names(title, lead);
            TermVector story = combine(vector(Tokenizer.contentWords(title), named, idf),
                    vector(Tokenizer.contentWords(lead == null ? "" : lead), named, idf), leadWeight);
            IntToDoubleFunction similarity = index -> story.cosine(vectors.get(index));
            return similarity;
        };
    }

    /** The words naming entities in a headline (or question) and its accompanying text. */
    private Set<String> names(String headline, String text) {
        Set<String> out = new HashSet<>(entities.mentions(headline, text, true).words());
        out.addAll(entities.mentions(text, "", false).words());
        return out;
    }

    private TermVector vector(List<String> terms, Set<String> names, InverseDocumentFrequency idf) {
        return TermVector.weighted(terms, t -> idf.idf(t) * (names.contains(t) ? nameWeight : 1.0));
    }

    /** {@code main + weight * extra}. */
    private static TermVector combine(TermVector main, TermVector extra, double weight) {
        Map<String, Double> sum = new HashMap<>(main.weights());
        extra.weights().forEach((term, w) -> sum.merge(term, weight * w, Double::sum));
        return TermVector.of(sum);
    }
}
