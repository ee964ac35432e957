package org.parallax.app;

import org.parallax.pipeline.testing.Fixtures;
import org.parallax.pipeline.testing.SharedDatasets;
import org.parallax.app.wiring.Parallax;
import org.parallax.app.config.CommandFlags;
import org.parallax.app.config.ConfigReader;
import org.parallax.app.config.ParallaxConfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.pipeline.imports.ImportListener;
import org.parallax.pipeline.imports.ImportProgress;
import org.parallax.pipeline.imports.Importer;
import org.parallax.core.brief.Provenance;
import org.parallax.core.model.Article;
import org.parallax.core.model.Brief;
import org.parallax.store.StoryRepository.StorySummary;

/**
 * Every fact and narrative of every published brief can be found in the article it cites, and every
 * credit of a fact carries its supporting sentence, found word for word in the credited article.
 */
class FactTraceabilityTest {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-03-07T00:00:00Z"));

    @TempDir
    Path tempDir;

    @Test
    void everySentenceOfTheFixtureBriefsIsInItsSourceArticle() throws IOException {
        assertTraceable(Fixtures.copy("two-stories.jsonl", tempDir));
    }

    @Test
    void everySentenceOfTheAllSidesCorpusBriefsIsInItsSourceArticle() throws IOException {
        assertTraceable(SharedDatasets.require("stories/allsides-2021.jsonl"));
    }

    private void assertTraceable(Path corpus) throws IOException {
        ParallaxConfig config = ConfigReader.read(Map.of(), CommandFlags.data(tempDir.resolve("data")));
        try (Parallax parallax = Parallax.open(config, CLOCK)) {
            new Importer(parallax.db(), CLOCK).importFile(corpus, new ImportListener() {
                @Override
                public void progress(ImportProgress progress) {
                }

                @Override
                public void skipped(String location, String reason) {
                }
            });
            parallax.pipeline().runOnce();

            List<String> problems = new ArrayList<>();
            int facts = 0;
            List<StorySummary> stories = parallax.db().stories().latest(Integer.MAX_VALUE, 0);
            for (StorySummary story : stories) {
                Brief brief = parallax.db().briefs().find(story.id()).orElseThrow();
                Map<Long, String> texts = new HashMap<>();
                for (Article article : parallax.db().articles().ofStory(story.id())) {
                    texts.put(article.id(), article.text());
                }
                problems.addAll(Provenance.untraceable(brief, texts));
                facts += brief.facts().size();
                brief.facts().forEach(fact -> fact.sources().forEach(credit -> {
                    if (credit.sentence() == null) {
                        problems.add("credit without its sentence: " + credit.outletName() + " for " + fact.text());
                    }
                }));
            }
            assertThat(stories).isNotEmpty();
            assertThat(facts).isGreaterThanOrEqualTo(stories.size());
            assertThat(problems).isEmpty();
        }
    }
}
