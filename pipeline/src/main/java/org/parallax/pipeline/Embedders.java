package org.parallax.pipeline;

import java.nio.file.Path;

import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.nlp.MiniLmEmbedder;

/** Where the sentence embedder comes from, and where its native libraries are unpacked. */
public final class Embedders {

    private Embedders() {
    }

    /** Loads the sentence model from the class path; native libraries go to {@code nativeDir}. */
    public static SentenceEmbedder load(Path nativeDir) {
        return MiniLmEmbedder.load(nativeDir);
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
