package org.parallax.core.subjectivity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.parallax.core.embed.SentenceEmbedder;

/**
 * The production fact-or-opinion classifier: a {@link SubjectivityModel} applied to the sentence
 * vector of the given embedder (and to the surface cues when the model reads them). The embedder
 * must be the one the model was trained on: the CheckThat! model reads a middle layer of e5-small-v2
 * ({@code nlp.HiddenLayerEmbedder}), the model trained on the project's own sentences
 * ({@code subjectivity-sentences.tsv} beside this class) reads MiniLM vectors. Thread-safe when the
 * embedder is.
 */
public final class LearnedSubjectivity implements SentenceSubjectivity {

    /** The project's own training sentences' resource, beside this class. */
    public static final String SENTENCES_RESOURCE = "subjectivity-sentences.tsv";

    private final SentenceEmbedder embedder;
    private final SubjectivityModel model;

    /** @throws IllegalArgumentException when the model was fitted to another embedder's vectors */
    public LearnedSubjectivity(SentenceEmbedder embedder, SubjectivityModel model) {
        if (!embedder.modelId().equals(model.embedderId())) {
            throw new IllegalArgumentException("the subjectivity model was trained on vectors of " + model.embedderId()
                    + ", not of " + embedder.modelId() + "; retrain it with `parallax train subjectivity`");
        }
        this.embedder = embedder;
        this.model = model;
    }

    /** The model trained on the project's own sentences, over {@code embedder}'s (MiniLM) vectors. */
    public static LearnedSubjectivity load(SentenceEmbedder embedder) {
        return load(embedder, ShippedSubjectivityModel.OWN);
    }

    /** A shipped model over {@code embedder}'s vectors, which must be those it was trained on. */
    public static LearnedSubjectivity load(SentenceEmbedder embedder, ShippedSubjectivityModel model) {
        return new LearnedSubjectivity(embedder, model.model());
    }

    /** The labelled sentences written for the project ({@link ShippedSubjectivityModel#OWN} is fitted to them). */
    public static List<LabelledSentence> shippedSentences() {
        try (InputStream in = LearnedSubjectivity.class.getResourceAsStream(SENTENCES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SENTENCES_RESOURCE);
            }
            return LabelledSentences.read(new InputStreamReader(in, StandardCharsets.UTF_8), SENTENCES_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SubjectivityModel model() {
        return model;
    }

    @Override
    public double subjectivity(String sentence) {
        return model.probability(sentence, embedder.embed(sentence));
    }

    @Override
    public double threshold() {
        return model.threshold();
    }

    @Override
    public List<Double> subjectivities(List<String> sentences) {
        List<float[]> vectors = embedder.embedAll(sentences);
        List<Double> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(model.probability(sentences.get(i), vectors.get(i)));
        }
        return out;
    }
}
