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
 * vector of the given embedder and to the surface cues. {@link #load} uses the model shipped with
 * Parallax, trained on the project's own labelled sentences ({@code subjectivity-sentences.tsv}
 * beside it). Thread-safe when the embedder is.
 */
public final class LearnedSubjectivity implements SentenceSubjectivity {

    /** The shipped model's resource, beside this class. */
    public static final String MODEL_RESOURCE = "subjectivity-model.tsv";
    /** The shipped training sentences' resource, beside this class. */
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

    /** The shipped model over {@code embedder}'s vectors. */
    public static LearnedSubjectivity load(SentenceEmbedder embedder) {
        return new LearnedSubjectivity(embedder, shippedModel());
    }

    public static SubjectivityModel shippedModel() {
        try (InputStream in = LearnedSubjectivity.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MODEL_RESOURCE);
            }
            return SubjectivityModel.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The labelled sentences the shipped model was trained on. */
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
        return model.probability(SubjectivityFeatures.of(sentence, embedder.embed(sentence)));
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
            out.add(model.probability(SubjectivityFeatures.of(sentences.get(i), vectors.get(i))));
        }
        return out;
    }
}
