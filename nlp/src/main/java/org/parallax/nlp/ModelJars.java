package org.parallax.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The langchain4j jars the shipped sentence models come in. */
final class ModelJars {

    private ModelJars() {
    }

    /**
     * The version of a {@code dev.langchain4j} jar on the class path ("unknown" when its Maven metadata
     * is absent), so that a new model release is a new model id and cache key.
     */
    static String version(String artifact) {
        String resource = "META-INF/maven/dev.langchain4j/" + artifact + "/pom.properties";
        try (InputStream in = ModelJars.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
