package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Coverage;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.OutletHint;
import org.parallax.core.model.Rating;
import org.parallax.core.model.Side;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.Topic;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

class SearchIndexTest {
    private static final Instant T = Instant.parse("2026-03-04T18:00:00Z");

    @TempDir
    Path tempDir;

    private Database db;
    private Outlet left;
    private Outlet right;

    @BeforeEach
    void open() {
        db = TestDatabases.open(DatabaseKind.H2, tempDir.resolve("db"));
        left = db.outlets().resolve(new OutletHint("Left Ledger", "leftledger.example", new Rating(-0.8, "test")));
        right = db.outlets().resolve(new OutletHint("Right Herald", "rightherald.example", new Rating(0.8, "test")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long story(String title, Topic topic, Instant time, String text, Outlet outlet) {
        long id = db.stories().create(time);
        String url = "https://" + outlet.domain() + "/" + id;
        long article = db.articles().store(outlet.id(), new ArticleDraft(new OutletHint(outlet.name(), outlet.domain(),
                null), url, url, title, null, time, text, ArticleKind.NEWS, "en"), time).articleId();
        db.stories().assign(article, id, time);
        SourceRef ref = new SourceRef(article, outlet.id(), outlet.name(), url);
        db.briefs().save(new Brief(id, title, topic, List.of(new Fact(text.substring(0, text.indexOf('.') + 1),
                List.of(ref))), List.of(), null, null, new Coverage(List.of(new Coverage.CoveringOutlet(outlet.id(),
                outlet.name(), outlet.side(), 1))), time), db.stories().version(id).orElseThrow(), org.parallax.core.publish.StoryStatus.PUBLISHED);
        return id;
    }

    @Test
    void findsStoriesByWordsAndPhrasesWithHighlightedSnippetsAndFilters() {
        long transit = story("Council votes on transit", Topic.POLITICS, T,
                "The city council voted 7-2 on Tuesday to fund the light rail line. Riders cheered <loudly>.", left);
        long taxes = story("Tax cut passes", Topic.BUSINESS, T.minusSeconds(86_400 * 3),
                "The house passed the tax cut. The council of economists voted against it.", right);
        try (SearchIndex index = SearchIndex.inMemory()) {
            assertThat(index.sync(db)).isEqualTo(new SearchIndex.SyncReport(2, 0, 2));

            SearchPage rail = index.search(SearchQuery.of("rail"));
            assertThat(rail.hits()).extracting(SearchHit::storyId).containsExactly(transit);
            assertThat(rail.hits().getFirst().snippet()).contains("<mark>rail</mark>").doesNotContain("<loudly>");

            assertThat(index.search(SearchQuery.of("council voted")).hits()).hasSize(2);
            assertThat(index.search(SearchQuery.of("\"council voted\"")).hits()).extracting(SearchHit::storyId)
                    .containsExactly(transit);
            // Stemming: "votes" finds "voted"; the title weighs more than the text.
            assertThat(index.search(SearchQuery.of("votes council")).hits().getFirst().storyId()).isEqualTo(transit);

            assertThat(index.search(new SearchQuery("council", Topic.BUSINESS, null, null, null, null, 1)).hits())
                    .extracting(SearchHit::storyId).containsExactly(taxes);
            assertThat(index.search(new SearchQuery("council", null, left.id(), null, null, null, 1)).hits())
                    .extracting(SearchHit::storyId).containsExactly(transit);
            assertThat(index.search(new SearchQuery("council", null, null, Side.RIGHT, null, null, 1)).hits())
                    .extracting(SearchHit::storyId).containsExactly(taxes);
            assertThat(index.search(new SearchQuery("council", null, null, null, T.minusSeconds(3600), null, 1)).hits())
                    .extracting(SearchHit::storyId).containsExactly(transit);
            assertThat(index.search(SearchQuery.of("council AND (")).hits()).isNotNull();
            assertThat(index.search(SearchQuery.of("")).hits()).isEmpty();
        }
    }

    @Test
    void syncFollowsRecomposedAndMergedStoriesAndTheIndexSurvivesAReopen() {
        long transit = story("Council votes on transit", Topic.POLITICS, T, "The council voted on the rail line.", left);
        long other = story("Rail line vote, again", Topic.POLITICS, T, "Another report on the tram line.", right);
        Path dir = tempDir.resolve("index");
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.sync(db);
            assertThat(index.search(SearchQuery.of("tram")).hits()).extracting(SearchHit::storyId).containsExactly(other);
            db.stories().merge(other, transit);
            assertThat(index.sync(db).removed()).isEqualTo(1);
            assertThat(index.search(SearchQuery.of("tram")).hits()).isEmpty();
        }
        try (SearchIndex reopened = SearchIndex.open(dir)) {
            assertThat(reopened.size()).isEqualTo(1);
            assertThat(reopened.sync(db).indexed()).isZero();
            assertThat(reopened.reindex(db).indexed()).isEqualTo(1);
        }
    }

    @Test
    void pagesTwentyAtATime() {
        for (int i = 0; i < 25; i++) {
            story("Storm report " + i, Topic.CLIMATE, T.minusSeconds(i), "A storm hit the coast. Number " + i + ".", left);
        }
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.sync(db);
            SearchPage first = index.search(SearchQuery.of("storm"));
            assertThat(first.hits()).hasSize(20);
            assertThat(first.hasNext()).isTrue();
            assertThat(first.total()).isEqualTo(25);
            SearchPage second = index.search(new SearchQuery("storm", null, null, null, null, null, 2));
            assertThat(second.hits()).hasSize(5);
            assertThat(second.hasNext()).isFalse();
        }
    }
}
