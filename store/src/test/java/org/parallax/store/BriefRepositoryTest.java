package org.parallax.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Topic;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Instant;
import org.parallax.core.publish.StoryStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.store.testing.SampleData.fullBrief;
import static org.parallax.store.testing.SampleData.plainBrief;

class BriefRepositoryTest {

    // Nanoseconds on purpose: the brief must read back equal, not rounded to SQL precision.
    private static final Instant COMPOSED = Instant.parse("2025-07-04T09:30:15.123456789Z");

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSavedBriefReadsBackEqual(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long full = db.stories().create(COMPOSED);
            long plain = db.stories().create(COMPOSED);
            Brief fullBrief = fullBrief(full, "Council “approves” rent cap – 東京 too", Topic.POLITICS, COMPOSED);
            Brief plainBrief = plainBrief(plain, "Rain", Topic.CLIMATE, COMPOSED);

            db.briefs().save(fullBrief, 1, StoryStatus.PUBLISHED);
            db.briefs().save(plainBrief, 1, StoryStatus.PUBLISHED);

            assertThat(db.briefs().find(full)).contains(fullBrief);
            assertThat(db.briefs().find(plain)).contains(plainBrief);
            assertThat(db.briefs().find(full + plain + 1)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void savingAgainReplacesTheBriefAndRefilesTheStory(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long story = db.stories().create(COMPOSED);
            db.briefs().save(plainBrief(story, "First take", Topic.WORLD, COMPOSED), 1, StoryStatus.PUBLISHED);
            assertThat(db.stories().find(story).orElseThrow().topic()).isEqualTo(Topic.WORLD);

            Brief second = fullBrief(story, "Second take", Topic.BUSINESS, COMPOSED.plusSeconds(1));
            db.briefs().save(second, 2, StoryStatus.PUBLISHED);

            assertThat(db.briefs().find(story)).contains(second);
            assertThat(db.stories().find(story).orElseThrow().topic()).isEqualTo(Topic.BUSINESS);
            assertThat(db.stories().countPublished()).isEqualTo(1);
        }
    }
}
