package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.store.testing.SampleData.outlet;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.FeedLink;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.OutletEntry;
import org.parallax.core.model.Ownership;
import org.parallax.core.model.Rating;
import org.parallax.store.OutletRegistryRepository.Profile;
import org.parallax.store.OutletRegistryRepository.Removal;
import org.parallax.store.OutletRegistryRepository.SeedReport;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.SampleData;
import org.parallax.store.testing.TestDatabases;

class OutletRegistryRepositoryTest {
    private static final Instant T = Instant.parse("2026-03-04T12:00:00Z");
    private static final String EDITORS = "Parallax editors' starting estimate";

    private static OutletEntry entry(String name, String domain, double stance, Ownership ownership, FeedLink... feeds) {
        return new OutletEntry(name, domain, "https://www." + domain + "/", "gb", new Rating(stance, EDITORS),
                new Rating(0.5, EDITORS), true, ownership, List.of(feeds));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void seedingCreatesOutletsWithTheirFeedsOnceAndNeverUndoesUserChanges(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            List<OutletEntry> registry = List.of(
                    entry("Left Daily", "left.example", -0.6, Ownership.PRIVATE,
                            new FeedLink("https://left.example/rss", ArticleKind.NEWS),
                            new FeedLink("https://left.example/opinion/rss", ArticleKind.OPINION)),
                    entry("State Wire", "state.example", 0.1, Ownership.STATE,
                            new FeedLink("https://state.example/rss", ArticleKind.NEWS)));

            assertThat(db.registry().seed(registry, T)).isEqualTo(new SeedReport(2, 0, 0));
            long left = db.registry().idByDomain("www.LEFT.example").orElseThrow();
            Outlet stored = db.outlets().find(left).orElseThrow();
            assertThat(stored.name()).isEqualTo("Left Daily");
            assertThat(stored.country()).isEqualTo("GB");
            assertThat(stored.stance()).isEqualTo(new Rating(-0.6, EDITORS));
            assertThat(stored.feeds()).containsExactly("https://left.example/rss", "https://left.example/opinion/rss");
            assertThat(db.feeds().findByUrl("https://left.example/opinion/rss").orElseThrow().kind())
                    .isEqualTo(ArticleKind.OPINION);
            assertThat(db.registry().profile(left)).contains(new Profile("https://www.left.example/", true,
                    Ownership.PRIVATE));

            // The user re-rates one outlet and removes the other; a second start changes nothing.
            db.outlets().rate(left, new Rating(-0.2, "user"), null);
            long state = db.registry().idByDomain("state.example").orElseThrow();
            assertThat(db.registry().remove(state)).isEqualTo(new Removal(1, true, 0));
            assertThat(db.registry().seed(registry, T)).isEqualTo(new SeedReport(0, 0, 2));
            assertThat(db.outlets().find(left).orElseThrow().stance()).isEqualTo(new Rating(-0.2, "user"));
            assertThat(db.registry().idByDomain("state.example")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void seedingCompletesAnOutletThatAnImportCreated(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long imported = db.outlets().resolve(outlet("", "right.example")).id(); // named after its domain
            long named = db.outlets().resolve(outlet("Centre Post", "centre.example")).id();
            db.outlets().rate(named, new Rating(0.0, "AllSides (declared in import)"), null);

            SeedReport report = db.registry().seed(List.of(entry("Right Times", "right.example", 0.7, null),
                    entry("The Centre Post", "centre.example", 0.2, Ownership.PRIVATE)), T);

            assertThat(report).isEqualTo(new SeedReport(0, 2, 0));
            assertThat(db.outlets().find(imported).orElseThrow().name()).isEqualTo("Right Times");
            Outlet centre = db.outlets().find(named).orElseThrow();
            assertThat(centre.name()).isEqualTo("Centre Post");
            assertThat(centre.stance().provenance()).isEqualTo("AllSides (declared in import)");
            assertThat(centre.establishment()).isEqualTo(new Rating(0.5, EDITORS));
            assertThat(db.outlets().all()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void addingOverwritesTheGivenFieldsAndKeepsTheOthers(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long id = db.registry().add(entry("Left Daily", "left.example", -0.6, Ownership.PRIVATE), T);
            long again = db.registry().add(new OutletEntry("Left Daily (US)", "left.example", null, null, null, null,
                    null, null, List.of(new FeedLink("https://left.example/us.xml", ArticleKind.NEWS))), T);

            assertThat(again).isEqualTo(id);
            Outlet outlet = db.outlets().find(id).orElseThrow();
            assertThat(outlet.name()).isEqualTo("Left Daily (US)");
            assertThat(outlet.stance().score()).isEqualTo(-0.6);
            assertThat(outlet.feeds()).containsExactly("https://left.example/us.xml");
            // Marked as seeded: the registry's entry for the domain no longer applies.
            assertThat(db.registry().seed(List.of(entry("Other", "left.example", 0.9, null)), T).alreadySeeded())
                    .isEqualTo(1);
            assertThat(db.registry().entries()).singleElement().satisfies(e -> {
                assertThat(e.domain()).isEqualTo("left.example");
                assertThat(e.paywalled()).isTrue();
                assertThat(e.feeds()).containsExactly(new FeedLink("https://left.example/us.xml", ArticleKind.NEWS));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anOutletWithArticlesIsKeptWithoutItsFeeds(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long id = db.registry().add(entry("Left Daily", "left.example", -0.6, null,
                    new FeedLink("https://left.example/rss", ArticleKind.NEWS)), T);
            db.articles().store(id, SampleData.draft(outlet("Left Daily", "left.example"), "https://left.example/a",
                    "A", T), T);

            assertThat(db.registry().remove(id)).isEqualTo(new Removal(1, false, 1));
            assertThat(db.outlets().find(id).orElseThrow().feeds()).isEmpty();
        }
    }
}
