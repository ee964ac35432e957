package org.parallax.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.model.Article;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.OutletHint;
import org.parallax.store.ArticleRepository.Duplicate;
import org.parallax.store.ArticleRepository.Inserted;
import org.parallax.store.ArticleRepository.Stored;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parallax.store.testing.SampleData.draft;
import static org.parallax.store.testing.SampleData.outlet;

class ArticleRepositoryTest {

    private static final OutletHint DAILY = outlet("Daily", "daily.example");
    private static final Instant INGESTED = Instant.parse("2025-05-01T08:00:00Z");

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void storingTheSameCanonicalUrlTwiceGivesTheFirstArticle(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long outletId = db.outlets().resolve(DAILY).id();
            ArticleDraft first = draft(DAILY, "https://daily.example/a", "First", null);
            ArticleDraft sameUrl = new ArticleDraft(DAILY, "https://daily.example/a?utm_source=x",
                    "https://daily.example/a", "Retitled", null, null, "other text", ArticleKind.OPINION, null);

            Stored stored = db.articles().store(outletId, first, INGESTED);
            Stored again = db.articles().store(outletId, sameUrl, INGESTED.plusSeconds(60));

            assertThat(stored).isInstanceOf(Inserted.class);
            assertThat(again).isEqualTo(new Duplicate(stored.articleId()));
            assertThat(db.articles().count()).isEqualTo(1);
            assertThat(db.articles().find(stored.articleId()).orElseThrow().title()).isEqualTo("First");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void concurrentImportsOfTheSameUrlsStoreEachOnce(DatabaseKind kind, @TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.open(kind, dir);
             ExecutorService pool = Executors.newFixedThreadPool(8)) {
            long outletId = db.outlets().resolve(DAILY).id();
            List<Callable<List<Stored>>> importers = new ArrayList<>();
            for (int worker = 0; worker < 8; worker++) {
                importers.add(() -> IntStream.range(0, 40)
                        .mapToObj(i -> db.articles().store(outletId,
                                draft(DAILY, "https://daily.example/c" + i, "C" + i, null), INGESTED))
                        .toList());
            }

            List<Stored> results = new ArrayList<>();
            for (Future<List<Stored>> done : pool.invokeAll(importers)) {
                results.addAll(done.get());
            }

            assertThat(db.articles().count()).isEqualTo(40);
            assertThat(results).filteredOn(Inserted.class::isInstance).hasSize(40);
            assertThat(results.stream().map(Stored::articleId).distinct()).hasSize(40);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void readsBackEveryField(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long outletId = db.outlets().resolve(DAILY).id();
            Instant published = Instant.parse("2025-04-30T21:15:30.123456Z");
            ArticleDraft full = new ArticleDraft(DAILY, "https://daily.example/full?ref=rss",
                    "https://daily.example/full", "Full", "Jane Doe", published, "Body.", ArticleKind.ANALYSIS, "en-GB");
            ArticleDraft bare = new ArticleDraft(DAILY, "https://daily.example/bare", "https://daily.example/bare",
                    "Bare", null, null, "", ArticleKind.NEWS, null);

            long fullId = db.articles().store(outletId, full, INGESTED).articleId();
            long bareId = db.articles().store(outletId, bare, INGESTED).articleId();

            assertThat(db.articles().find(fullId)).contains(new Article(fullId, outletId,
                    "https://daily.example/full?ref=rss", "https://daily.example/full", "Full", "Jane Doe",
                    published, INGESTED, "Body.", ArticleKind.ANALYSIS, "en-GB", null));
            assertThat(db.articles().find(bareId)).contains(new Article(bareId, outletId,
                    "https://daily.example/bare", "https://daily.example/bare", "Bare", null,
                    null, INGESTED, "", ArticleKind.NEWS, null, null));
            assertThat(db.articles().findByCanonicalUrl("https://daily.example/full")).map(Article::id).contains(fullId);
            assertThat(db.articles().find(-1)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void storesTimesTruncatedToTheMicrosecondOnEveryDatabase(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long outletId = db.outlets().resolve(DAILY).id();
            // PostgreSQL alone would round this up to .123457.
            Instant precise = Instant.parse("2025-05-01T08:00:00.123456789Z");

            long id = db.articles().store(outletId, draft(DAILY, "https://daily.example/t", "T", precise), precise)
                    .articleId();

            Article stored = db.articles().find(id).orElseThrow();
            assertThat(stored.published()).isEqualTo("2025-05-01T08:00:00.123456Z");
            assertThat(stored.ingested()).isEqualTo("2025-05-01T08:00:00.123456Z");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void keepsHugeUnicodeTextAndLongUrlsIntact(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long outletId = db.outlets().resolve(DAILY).id();
            String paragraph = "Zürich – 東京 – القاهرة – Київ – 🇺🇳🧪 e\u0301 “quotes” ‘single’ …\n\n";
            String text = paragraph.repeat(1_100_000 / paragraph.length()); // over 1 MB as UTF-8 and as chars
            String longUrl = "https://daily.example/" + "segment/".repeat(1000) + "ünïcode";
            ArticleDraft huge = new ArticleDraft(DAILY, longUrl, longUrl, "Ünïcödé 🗞️ title", "Åsa Ñúñez",
                    null, text, ArticleKind.NEWS, "und");

            long id = db.articles().store(outletId, huge, INGESTED).articleId();
            Article stored = db.articles().find(id).orElseThrow();

            assertThat(stored.text()).isEqualTo(text);
            assertThat(stored.title()).isEqualTo("Ünïcödé 🗞️ title");
            assertThat(stored.byline()).isEqualTo("Åsa Ñúñez");
            assertThat(stored.canonicalUrl()).isEqualTo(longUrl);
            assertThat(db.articles().store(outletId, huge, INGESTED)).isEqualTo(new Duplicate(id));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void dropsNulCharactersWhichPostgresCannotStore(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long outletId = db.outlets().resolve(DAILY).id();
            ArticleDraft withNul = new ArticleDraft(DAILY, "https://daily.example/nul", "https://daily.example/nul",
                    "Ti\0tle", null, null, "te\0xt", ArticleKind.NEWS, null);

            Article stored = db.articles().find(db.articles().store(outletId, withNul, INGESTED).articleId()).orElseThrow();

            assertThat(stored.title()).isEqualTo("Title");
            assertThat(stored.text()).isEqualTo("text");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void ordersByPublicationElseIngestionTime(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long daily = db.outlets().resolve(DAILY).id();
            long other = db.outlets().resolve(outlet("Other", "other.example")).id();
            Instant t = Instant.parse("2025-05-01T00:00:00Z");
            // Stored out of time order; c has no publication date and sorts by ingestion.
            long c = store(db, daily, "c", null, t.plusSeconds(300));
            long b = store(db, other, "b", t.plusSeconds(200), t.plusSeconds(900));
            long a = store(db, daily, "a", t.plusSeconds(100), t.plusSeconds(900));
            long d = store(db, daily, "d", t.plusSeconds(300), t.plusSeconds(900));

            assertThat(ids(db.articles().unplaced(10))).containsExactly(a, b, c, d);
            assertThat(ids(db.articles().unplaced(2))).containsExactly(a, b);
            assertThat(ids(db.articles().ofOutlet(daily, 10))).containsExactly(d, c, a);
            assertThat(ids(db.articles().ofOutlet(daily, 1))).containsExactly(d);
            assertThat(db.articles().count()).isEqualTo(4);
            assertThat(db.articles().latestPlacedTime()).isEmpty();

            long story = db.stories().create(t);
            db.stories().assign(d, story, t.plusSeconds(300));
            db.stories().assign(a, story, t.plusSeconds(100));
            db.stories().assign(b, story, t.plusSeconds(200));

            assertThat(ids(db.articles().unplaced(10))).containsExactly(c);
            assertThat(ids(db.articles().ofStory(story))).containsExactly(a, b, d);
            assertThat(db.articles().ofStoryWithOutlets(story))
                    .extracting(s -> s.article().id(), s -> s.outlet().id(), s -> s.outlet().name())
                    .containsExactly(tuple(a, daily, "Daily"), tuple(b, other, "Other"), tuple(d, daily, "Daily"));
            assertThat(db.articles().ofStoryWithOutlets(story + 1)).isEmpty();
            assertThat(db.articles().latestPlacedTime()).contains(t.plusSeconds(300));
            assertThat(db.articles().find(a).orElseThrow().storyId()).isEqualTo(story);
        }
    }

    private static long store(Database db, long outletId, String slug, Instant published, Instant ingested) {
        OutletHint any = outlet("ignored", null);
        return db.articles().store(outletId, draft(any, "https://x.example/" + slug, slug, published), ingested)
                .articleId();
    }

    private static List<Long> ids(List<Article> articles) {
        return articles.stream().map(Article::id).toList();
    }
}
