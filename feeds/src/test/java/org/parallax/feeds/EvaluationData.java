package org.parallax.feeds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared evaluation datasets (never copied into the repository): the directory named by
 * the system property {@code parallax.datasets} or the variable {@code PARALLAX_DATASETS}, else a
 * {@code shared/datasets} directory beside the checkout or one of its parents.
 */
final class EvaluationData {
    private EvaluationData() {
    }

    static Optional<Path> find(String relative) {
        String configured = System.getProperty("parallax.datasets", System.getenv("PARALLAX_DATASETS"));
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured).resolve(relative);
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path path = dir.resolve("shared").resolve("datasets").resolve(relative);
            if (Files.isDirectory(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
