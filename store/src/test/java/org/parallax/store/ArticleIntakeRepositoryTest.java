package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.store.testing.SampleData.outlet;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.dedup.TextFingerprint;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.store.ArticleIntakeRepository.Carried;
import org.parallax.store.ArticleIntakeRepository.Carrier;
import org.parallax.store.ArticleIntakeRepository.Intake;
import org.parallax.store.ArticleIntakeRepository.Known;
import org.parallax.store.ArticleIntakeRepository.Match;
import org.parallax.store.ArticleIntakeRepository.Stored;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

class ArticleIntakeRepositoryTest {
    private static final Instant T = Instant.parse("2026-03-04T12:00:00Z");
    private static final String WIRE = """
            The city council voted 7 to 2 on Tuesday to approve a new light-rail line linking the harbour \
            district with the northern suburbs, ending a decade of debate over the project's cost.

            Supporters said the line would cut commuting times by half for about 40,000 residents, while \
            opponents warned that the budget of 1.2 billion dollars would rise further once construction \
            began. The mayor said work would start next spring and the first trains would run in 2030.""";

    private static ArticleDraft draft(String url, String canonical, String text) {
        return new ArticleDraft(outlet("any", "any.example"), url, canonical, "Council approves rail line", null, T,
                text, ArticleKind.NEWS, "en");
    }

    private static Intake store(Database db, long outlet, ArticleDraft draft) {
        return db.intake().store(outlet, draft, TextFingerprint.of(draft.text()), T);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void copiesOfOneArticleAreStoredOnceWithEveryCarrier(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long wire = db.outlets().resolve(outlet("Wire", "wire.example")).id();
            long daily = db.outlets().resolve(outlet("Daily", "daily.example")).id();
            long herald = db.outlets().resolve(outlet("Herald", "herald.example")).id();
            long post = db.outlets().resolve(outlet("Post", "post.example")).id();

            Intake original = store(db, wire, draft("https://wire.example/rail", "https://wire.example/rail", WIRE));
            long id = original.articleId();
            assertThat(original).isInstanceOf(Stored.class);
            assertThat(store(db, daily, draft("https://daily.example/news/rail", "https://wire.example/rail",
                    "Different page text that declares the wire's address as canonical.")))
                    .isEqualTo(new Carried(id, Match.URL));
            assertThat(store(db, herald, draft("https://herald.example/rail", "https://herald.example/rail",
                    WIRE.toUpperCase()))).isEqualTo(new Carried(id, Match.BODY));
            assertThat(store(db, post, draft("https://post.example/rail", "https://post.example/rail",
                    WIRE + "\n\nThe Post contributed to this report.")))
                    .isEqualTo(new Carried(id, Match.NEAR_BODY));
            // Seen again at any of these addresses: nothing changes.
            assertThat(store(db, herald, draft("https://herald.example/rail", "https://herald.example/rail", WIRE)))
                    .isEqualTo(new Known(id));

            assertThat(db.articles().count()).isEqualTo(1);
            assertThat(db.intake().carriers(id)).extracting(Carrier::outletId).containsExactlyInAnyOrder(wire, daily,
                    herald, post);
            assertThat(db.intake().carrierOutlets(id)).isEqualTo(4);
            assertThat(db.intake().knows("https://post.example/rail")).isTrue();
            assertThat(db.intake().knows("https://wire.example/rail")).isTrue();
            assertThat(db.intake().knows("https://post.example/other")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void differentArticlesAndShortTextsAreKeptApart(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long a = db.outlets().resolve(outlet("A", "a.example")).id();
            long b = db.outlets().resolve(outlet("B", "b.example")).id();
            String teaser = "Watch: the council votes on the rail line.";
            assertThat(store(db, a, draft("https://a.example/1", "https://a.example/1", WIRE))).isInstanceOf(Stored.class);
            assertThat(store(db, a, draft("https://a.example/v", "https://a.example/v", teaser))).isInstanceOf(Stored.class);
            assertThat(store(db, b, draft("https://b.example/v", "https://b.example/v", teaser))).isInstanceOf(Stored.class);
            String other = """
                    Council members approved the harbour light-rail line on Tuesday after a heated session. \
                    The vote was 7 to 2. Critics, including two members who voted against, argued the cost of \
                    1.2 billion dollars had been underestimated and asked for an independent review. \
                    The mayor defended the plan and promised that the first trains would run in 2030.""";
            assertThat(store(db, b, draft("https://b.example/2", "https://b.example/2", other))).isInstanceOf(Stored.class);
            assertThat(db.articles().count()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anOpinionListingMakesTheOutletsNewsArticleOpinionAndItsBriefStale(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long a = db.outlets().resolve(outlet("A", "a.example")).id();
            long b = db.outlets().resolve(outlet("B", "b.example")).id();
            long id = store(db, a, draft("https://a.example/1", "https://a.example/1", WIRE)).articleId();
            long story = db.stories().create(T);
            db.stories().assign(id, story, T);
            long version = db.stories().version(story).orElseThrow();

            assertThat(db.intake().find("https://a.example/1")).contains(id);
            assertThat(db.intake().raiseKind(id, b, ArticleKind.OPINION)).isFalse(); // not B's article
            assertThat(db.intake().raiseKind(id, a, ArticleKind.NEWS)).isFalse();
            assertThat(db.intake().raiseKind(id, a, ArticleKind.OPINION)).isTrue();
            assertThat(db.intake().raiseKind(id, a, ArticleKind.ANALYSIS)).isFalse(); // only news is raised
            assertThat(db.articles().find(id).orElseThrow().kind()).isEqualTo(ArticleKind.OPINION);
            assertThat(db.stories().version(story)).contains(version + 1);
        }
    }
}
