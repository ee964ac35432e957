package org.parallax.pipeline.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * Finds the evaluation data that sits beside the repository ({@code ../shared/datasets}), or the
 * folder named by PARALLAX_DATASETS. Tests that need it skip, saying so, when it is absent.
 */
public final class SharedDatasets {
    private SharedDatasets() {
    }

    public static Path require(String relative) {
        Optional<Path> found = locate(relative);
        Assumptions.assumeTrue(found.isPresent(),
                "evaluation data " + relative + " not found beside the repository: skipping");
        return found.get();
    }

    private static Optional<Path> locate(String relative) {
        String configured = System.getenv("PARALLAX_DATASETS");
        if (configured != null && !configured.isBlank()) {
            Path candidate = Path.of(configured).resolve(relative);
            return Files.exists(candidate) ? Optional.of(candidate) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("datasets").resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
