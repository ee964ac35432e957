package org.parallax.pipeline;

import java.nio.file.Path;

import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.nlp.HiddenLayerEmbedder;
import org.parallax.nlp.MiniLmEmbedder;

/** Where the sentence models come from, and where their native libraries are unpacked. */
public final class Embedders {

    private static HiddenLayerEmbedder subjectivityEncoder;

    private Embedders() {
    }

    /** Loads the sentence model from the class path; native libraries go to {@code nativeDir}. */
    public static SentenceEmbedder load(Path nativeDir) {
        return MiniLmEmbedder.load(nativeDir);
    }

    /**
     * The encoder of the CheckThat! fact-or-opinion model (a middle layer of e5-small-v2). Loaded
     * once per process and shared: it is read-only and thread-safe, and loading it takes a second.
     */
    public static synchronized SentenceEmbedder subjectivityEncoder(Path nativeDir) {
        if (subjectivityEncoder == null) {
            subjectivityEncoder = HiddenLayerEmbedder.e5SmallV2(nativeDir);
        }
        return subjectivityEncoder;
    }

    /**
     * The embedder a fact-or-opinion model was trained on, by the id its file records; {@code sentences}
     * is the already loaded sentence model (MiniLM), used when the id is its own.
     *
     * @throws IllegalArgumentException when no embedder of Parallax has that id
     */
    public static SentenceEmbedder forModel(String embedderId, SentenceEmbedder sentences, Path nativeDir) {
        if (embedderId.equals(sentences.modelId())) {
            return sentences;
        }
        SentenceEmbedder encoder = subjectivityEncoder(nativeDir);
        if (embedderId.equals(encoder.modelId())) {
            return encoder;
        }
        throw new IllegalArgumentException("the model was trained on vectors of " + embedderId + ", which neither "
                + sentences.modelId() + " nor " + encoder.modelId() + " gives; retrain it with `parallax train`");
    }

    /** The native library directory of commands that have no data directory: under the temporary directory. */
    public static Path defaultNativeDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "parallax-native-" + System.getProperty("user.name", "user"));
    }

    /** The native library directory of a data directory. */
    public static Path nativeDir(Path dataDir) {
        return dataDir.resolve("native");
    }
}
