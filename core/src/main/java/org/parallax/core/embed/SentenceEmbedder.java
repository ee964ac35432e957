package org.parallax.core.embed;

import java.util.List;

/**
 * Turns a short text (a headline and its lead) into a dense vector whose cosine with another
 * text's vector says how close their meanings are. Implementations live outside {@code core}
 * (the {@code nlp} module runs a model in process); core only sees vectors.
 *
 * <p>Vectors have {@link #dimensions()} components and unit length, except that a blank text
 * gives the zero vector. The same text gives the same
 * vector for the same {@link #modelId()}, which is why vectors can be cached under it.
 */
public interface SentenceEmbedder {

    /** The vector of one text. */
    float[] embed(String text);

    /** The vectors of several texts, in their order. May be faster than one call each. */
    List<float[]> embedAll(List<String> texts);

    /** Length of every vector. */
    int dimensions();

    /** Names the model and its version; a cached vector is valid only under the same id. */
    String modelId();
}
