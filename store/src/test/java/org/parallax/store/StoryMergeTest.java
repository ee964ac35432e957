package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.store.testing.SampleData.draft;
import static org.parallax.store.testing.SampleData.outlet;
import static org.parallax.store.testing.SampleData.plainBrief;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.model.Story;
import org.parallax.core.model.Topic;
import org.parallax.core.model.Article;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;
import org.parallax.core.publish.StoryStatus;

class StoryMergeTest {

    private static final Instant T = Instant.parse("2025-06-01T12:00:00Z");

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void mergingMovesArticlesWidensTimesUnpublishesAndRedirects(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long outlet = db.outlets().resolve(outlet("Daily", "daily.example")).id();
            long into = db.stories().create(T);
            long from = db.stories().create(T.minusSeconds(3600));
            long a = article(db, outlet, "a");
            long b = article(db, outlet, "b");
            db.stories().assign(a, into, T);
            db.stories().assign(b, from, T.minusSeconds(3600));
            db.briefs().save(plainBrief(from, "Old", Topic.WORLD, T), db.stories().version(from).orElseThrow(), StoryStatus.PUBLISHED);
            long intoVersion = db.stories().version(into).orElseThrow();

            db.stories().merge(from, into);

            assertThat(db.articles().ofStory(into)).extracting(Article::id).containsExactly(a, b);
            assertThat(db.articles().ofStory(from)).isEmpty();
            assertThat(db.stories().find(into)).contains(new Story(into, Topic.GENERAL, T.minusSeconds(3600), T));
            assertThat(db.stories().version(into)).contains(intoVersion + 1);
            assertThat(db.briefs().find(from)).isEmpty();
            assertThat(db.stories().mergedInto(from)).contains(into);
            assertThat(db.stories().mergedInto(into)).isEmpty();
            assertThat(db.stories().stale(10)).extracting(StoryRepository.StaleStory::storyId).containsExactly(into);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aChainOfMergesRedirectsInOneStep(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long first = db.stories().create(T);
            long second = db.stories().create(T);
            long third = db.stories().create(T);

            db.stories().merge(first, second);
            db.stories().merge(second, third);

            assertThat(db.stories().mergedInto(first)).contains(third);
            assertThat(db.stories().mergedInto(second)).contains(third);
            assertThatThrownBy(() -> db.stories().merge(third, third)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> db.stories().merge(third, third + 100)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void restoreReadsEveryArticleOfStoriesStillOpenAndNoneOfMergedOrClosedOnes(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long outlet = db.outlets().resolve(outlet("Daily", "daily.example")).id();
            long open = db.stories().create(T);
            long closed = db.stories().create(T.minusSeconds(9 * 86400));
            long old = article(db, outlet, "old");
            long recent = article(db, outlet, "recent");
            long stale = article(db, outlet, "stale");
            db.stories().assign(old, open, T.minusSeconds(10 * 86400)); // old article of a story still open
            db.stories().assign(recent, open, T);
            db.stories().assign(stale, closed, T.minusSeconds(9 * 86400));

            assertThat(db.articles().ofStoriesSeenSince(T.minusSeconds(86400))).extracting(Article::id)
                    .containsExactly(old, recent);
            db.stories().merge(open, closed);
            assertThat(db.articles().ofStoriesSeenSince(T.minusSeconds(86400))).extracting(Article::id)
                    .containsExactly(old, recent, stale);
        }
    }

    private static long article(Database db, long outletId, String slug) {
        return db.articles().store(outletId, draft(outlet("x", null), "https://daily.example/" + slug, slug, T), T)
                .articleId();
    }
}
