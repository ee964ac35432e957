package org.parallax.pipeline.testing;

import org.parallax.pipeline.Embedders;

import java.nio.file.Path;

import org.parallax.core.embed.SentenceEmbedder;

/** The real sentence model, loaded once per test JVM (loading takes about a second). */
public final class TestModel {

    private static SentenceEmbedder embedder;

    private TestModel() {
    }

    public static synchronized SentenceEmbedder embedder() {
        if (embedder == null) {
            embedder = Embedders.load(nativeDir());
        }
        return embedder;
    }

    /** Where the tests' sentence models unpack their native libraries. */
    public static Path nativeDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "native");
    }
}
