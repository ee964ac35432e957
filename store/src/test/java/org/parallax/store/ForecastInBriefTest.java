package org.parallax.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Forecast;
import org.parallax.core.model.Topic;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.SampleData;
import org.parallax.store.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Instant;
import org.parallax.core.publish.StoryStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The nerd narrative's wording and play-money flag survive storage; briefs stored before them still read. */
class ForecastInBriefTest {

    private static final Instant T = Instant.parse("2026-04-01T10:00:00Z");

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aForecastWithItsClauseAndPlayMoneyFlagReadsBackEqual(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long story = db.stories().create(T);
            Brief full = SampleData.fullBrief(story, "Vote", Topic.POLITICS, T);
            Forecast forecast = new Forecast("Will there be a referendum in 2026?", 0.08, "Manifold",
                    "https://manifold.markets/a/referendum", T, "there will be a referendum in 2026", true);
            Brief brief = new Brief(story, full.title(), full.topic(), full.facts(), full.narratives(), null, forecast,
                    full.coverage(), T);

            db.briefs().save(brief, 1, StoryStatus.PUBLISHED);

            assertThat(db.briefs().find(story)).contains(brief);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aForecastStoredWithoutTheNewFieldsReadsAsQuotedAndRealMoney(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long story = db.stories().create(T);
            db.briefs().save(SampleData.plainBrief(story, "Rain", Topic.CLIMATE, T), 1, StoryStatus.PUBLISHED);
            String legacy = """
                    {"facts":[],"narratives":[],"missingView":null,"forecast":{"question":"Will it rain?","probability":0.4,\
                    "provider":"Metaculus","url":"https://www.metaculus.com/questions/2/","asOf":"2026-03-01T00:00:00Z"},\
                    "coverage":{"outlets":[]},"composedAt":"2026-04-01T10:00:00Z"}""";
            db.jdbi().useHandle(h -> h.createUpdate("UPDATE brief SET content = :content WHERE story_id = :story")
                    .bind("content", legacy).bind("story", story).execute());

            assertThat(db.briefs().find(story).orElseThrow().forecast()).isEqualTo(new Forecast("Will it rain?", 0.4,
                    "Metaculus", "https://www.metaculus.com/questions/2/", Instant.parse("2026-03-01T00:00:00Z")));
        }
    }
}
