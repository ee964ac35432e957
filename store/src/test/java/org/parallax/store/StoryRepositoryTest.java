package org.parallax.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.model.Story;
import org.parallax.core.model.Topic;
import org.parallax.store.StoryRepository.StaleStory;
import org.parallax.store.StoryRepository.StorySummary;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Instant;
import org.parallax.core.publish.StoryStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.store.testing.SampleData.draft;
import static org.parallax.store.testing.SampleData.outlet;
import static org.parallax.store.testing.SampleData.plainBrief;

class StoryRepositoryTest {

    private static final Instant T = Instant.parse("2025-06-01T12:00:00Z");

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aNewStoryIsEmptyAndGeneral(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long id = db.stories().create(T);

            assertThat(db.stories().find(id)).contains(new Story(id, Topic.GENERAL, T, T));
            assertThat(db.stories().version(id)).contains(0L);
            assertThat(db.stories().stale(10)).isEmpty();
            assertThat(db.stories().find(id + 1000)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void assigningWidensTheStoryTimesAndBumpsItsVersion(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long outlet = db.outlets().resolve(outlet("Daily", "daily.example")).id();
            long first = article(db, outlet, "first");
            long earlier = article(db, outlet, "earlier");
            long later = article(db, outlet, "later");
            long story = db.stories().create(T);

            db.stories().assign(first, story, T);
            db.stories().assign(earlier, story, T.minusSeconds(3600));
            db.stories().assign(later, story, T.plusSeconds(7200));

            assertThat(db.stories().find(story))
                    .contains(new Story(story, Topic.GENERAL, T.minusSeconds(3600), T.plusSeconds(7200)));
            assertThat(db.stories().version(story)).contains(3L);
            assertThat(db.articles().unplaced(10)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aStoryIsStaleUntilABriefOfItsCurrentVersionIsSaved(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long outlet = db.outlets().resolve(outlet("Daily", "daily.example")).id();
            long story = db.stories().create(T);
            db.stories().assign(article(db, outlet, "one"), story, T);

            assertThat(db.stories().stale(10)).containsExactly(new StaleStory(story, 1));

            db.briefs().save(plainBrief(story, "Rain", Topic.CLIMATE, T), 1, StoryStatus.PUBLISHED);
            assertThat(db.stories().stale(10)).isEmpty();

            db.stories().assign(article(db, outlet, "two"), story, T.plusSeconds(60));
            assertThat(db.stories().stale(10)).containsExactly(new StaleStory(story, 2));

            // A brief composed from version 1 while version 2 arrived does not clear it.
            db.briefs().save(plainBrief(story, "Rain", Topic.CLIMATE, T), 1, StoryStatus.PUBLISHED);
            assertThat(db.stories().stale(10)).containsExactly(new StaleStory(story, 2));

            db.briefs().save(plainBrief(story, "More rain", Topic.CLIMATE, T), 2, StoryStatus.PUBLISHED);
            assertThat(db.stories().stale(10)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void staleListsMostRecentlySeenFirstUpToTheLimit(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long outlet = db.outlets().resolve(outlet("Daily", "daily.example")).id();
            long old = storyWith(db, outlet, "old", T);
            long recent = storyWith(db, outlet, "recent", T.plusSeconds(600));
            long middle = storyWith(db, outlet, "middle", T.plusSeconds(300));

            assertThat(db.stories().stale(10)).extracting(StaleStory::storyId).containsExactly(recent, middle, old);
            assertThat(db.stories().stale(1)).extracting(StaleStory::storyId).containsExactly(recent);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void movingAnArticleMakesBothStoriesStale(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long outlet = db.outlets().resolve(outlet("Daily", "daily.example")).id();
            long moved = article(db, outlet, "moved");
            long from = db.stories().create(T);
            long to = db.stories().create(T);
            db.stories().assign(article(db, outlet, "stays"), from, T);
            db.stories().assign(moved, from, T);
            db.briefs().save(plainBrief(from, "From", Topic.WORLD, T), 2, StoryStatus.PUBLISHED);

            db.stories().assign(moved, to, T);

            assertThat(db.stories().stale(10)).containsExactlyInAnyOrder(new StaleStory(from, 3), new StaleStory(to, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void assigningAnUnknownArticleChangesNothing(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long story = db.stories().create(T);

            assertThatThrownBy(() -> db.stories().assign(424242, story, T.plusSeconds(99)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(db.stories().version(story)).contains(0L);
            assertThat(db.stories().find(story).orElseThrow().lastSeen()).isEqualTo(T);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void latestListsPublishedStoriesNewestFirstWithTheirCounts(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long a = db.outlets().resolve(outlet("A", "a.example")).id();
            long b = db.outlets().resolve(outlet("B", "b.example")).id();
            long older = db.stories().create(T);
            long tiedLow = db.stories().create(T);
            long tiedHigh = db.stories().create(T);
            long unpublished = db.stories().create(T);
            db.stories().assign(article(db, a, "o1"), older, T.minusSeconds(60));
            db.stories().assign(article(db, a, "l1"), tiedLow, T.plusSeconds(60));
            db.stories().assign(article(db, a, "h1"), tiedHigh, T.plusSeconds(60));
            db.stories().assign(article(db, a, "h2"), tiedHigh, T);
            db.stories().assign(article(db, b, "h3"), tiedHigh, T);
            db.stories().assign(article(db, b, "u1"), unpublished, T.plusSeconds(3600));
            db.briefs().save(plainBrief(older, "Older", Topic.SPORTS, T), 1, StoryStatus.PUBLISHED);
            db.briefs().save(plainBrief(tiedLow, "Tied low", Topic.WORLD, T), 1, StoryStatus.PUBLISHED);
            db.briefs().save(plainBrief(tiedHigh, "Tied high", Topic.POLITICS, T), 3, StoryStatus.PUBLISHED);

            assertThat(db.stories().latest(10, 0)).containsExactly(
                    new StorySummary(tiedHigh, "Tied high", Topic.POLITICS, T.plusSeconds(60), 2, 3),
                    new StorySummary(tiedLow, "Tied low", Topic.WORLD, T.plusSeconds(60), 1, 1),
                    new StorySummary(older, "Older", Topic.SPORTS, T, 1, 1));
            assertThat(db.stories().latest(1, 1)).extracting(StorySummary::id).containsExactly(tiedLow);
            assertThat(db.stories().latest(10, 3)).isEmpty();
            assertThat(db.stories().countPublished()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theStatusSavedWithTheBriefDecidesWhichListAStoryIsIn(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long outlet = db.outlets().resolve(outlet("Daily", "daily.example")).id();
            long published = storyWith(db, outlet, "published", T);
            long developing = storyWith(db, outlet, "developing", T.plusSeconds(60));
            long pending = storyWith(db, outlet, "pending", T.plusSeconds(120));
            assertThat(db.stories().status(pending)).contains(StoryStatus.DEVELOPING);
            assertThat(db.stories().status(424242)).isEmpty();

            db.briefs().save(plainBrief(published, "Published", Topic.WORLD, T), 1, StoryStatus.PUBLISHED);
            db.briefs().save(plainBrief(developing, "Developing", Topic.WORLD, T), 1, StoryStatus.DEVELOPING);

            assertThat(db.stories().latest(10, 0)).extracting(StorySummary::id).containsExactly(published);
            assertThat(db.stories().latest(StoryStatus.DEVELOPING, 10, 0)).extracting(StorySummary::id)
                    .containsExactly(developing);
            assertThat(db.stories().count(StoryStatus.DEVELOPING)).isEqualTo(1);
            assertThat(db.stories().countPublished()).isEqualTo(1);
            assertThat(listedBy(db, StoryRepository.publishedCondition("s"))).containsExactly(published);

            // A recomposed brief can take the story back out of the lists.
            db.briefs().save(plainBrief(published, "Published", Topic.WORLD, T), 1, StoryStatus.DEVELOPING);
            assertThat(db.stories().status(published)).contains(StoryStatus.DEVELOPING);
            assertThat(db.stories().latest(10, 0)).isEmpty();
            assertThat(listedBy(db, StoryRepository.publishedCondition("s"))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aMergedStoryLeavesThePublishedList(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long outlet = db.outlets().resolve(outlet("Daily", "daily.example")).id();
            long from = storyWith(db, outlet, "from", T);
            long into = storyWith(db, outlet, "into", T);
            db.briefs().save(plainBrief(from, "From", Topic.WORLD, T), 1, StoryStatus.PUBLISHED);

            db.stories().merge(from, into);

            assertThat(db.stories().status(from)).contains(StoryStatus.DEVELOPING);
            assertThat(listedBy(db, StoryRepository.publishedCondition("s"))).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void thePublishedConditionTakesOnlyATableAlias() {
        assertThatThrownBy(() -> StoryRepository.publishedCondition("s; DROP TABLE story"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static java.util.List<Long> listedBy(Database db, String condition) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT s.id FROM story s WHERE " + condition + " ORDER BY s.id")
                .mapTo(Long.class).list());
    }

    private static long storyWith(Database db, long outlet, String slug, Instant time) {
        long story = db.stories().create(time);
        db.stories().assign(article(db, outlet, slug), story, time);
        return story;
    }

    private static long article(Database db, long outletId, String slug) {
        return db.articles().store(outletId, draft(outlet("x", null), "https://daily.example/" + slug, slug, T), T)
                .articleId();
    }
}
