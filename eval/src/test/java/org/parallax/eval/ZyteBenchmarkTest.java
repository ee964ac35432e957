package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.eval.ExtractionDataset;
import org.parallax.eval.ExtractionEvaluation;
import org.parallax.eval.ExtractionPage;
import org.parallax.extract.HtmlExtractor;

/**
 * The goal on the Zyte article-extraction benchmark, when the evaluation data is there
 * ({@code $PARALLAX_DATASETS}, else a {@code shared/datasets} folder beside the checkout or above it).
 */
class ZyteBenchmarkTest {

    @Test
    void extractionReachesTheGoalOnTheZyteBenchmark() throws Exception {
        Optional<Path> dir = Datasets.find("extraction/zyte");
        assumeTrue(dir.isPresent(), "evaluation data not found: set PARALLAX_DATASETS to run this test");

        List<ExtractionPage> pages = ExtractionDataset.load(dir.get());
        ExtractionEvaluation.Result result = new ExtractionEvaluation(new HtmlExtractor(), 0).run(pages);

        assertThat(pages).hasSize(181).allMatch(page -> page.error() == null);
        assertThat(result.score().f1()).isGreaterThanOrEqualTo(0.96);
    }

    /** Where the evaluation data lives, if anywhere. */
    static final class Datasets {
        private Datasets() {
        }

        static Optional<Path> find(String name) {
            String configured = System.getenv("PARALLAX_DATASETS");
            if (configured != null && !configured.isBlank()) {
                Path dir = Path.of(configured).resolve(name);
                return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
            }
            for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
                Path dir = at.resolve("shared/datasets").resolve(name);
                if (Files.isDirectory(dir)) {
                    return Optional.of(dir);
                }
            }
            return Optional.empty();
        }
    }
}
