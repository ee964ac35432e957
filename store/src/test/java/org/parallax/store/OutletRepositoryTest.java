package org.parallax.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.OutletHint;
import org.parallax.core.model.Rating;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.store.testing.SampleData.outlet;

class OutletRepositoryTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void resolvesByDomainAndCreatesOnlyOnce(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            Outlet created = db.outlets().resolve(outlet("The Guardian", "theguardian.com"));
            Outlet again = db.outlets().resolve(outlet("Guardian News", "www.TheGuardian.com"));

            assertThat(again).isEqualTo(created);
            assertThat(created.name()).isEqualTo("The Guardian");
            assertThat(created.domain()).isEqualTo("theguardian.com");
            assertThat(created.stance()).isNull();
            assertThat(created.feeds()).isEmpty();
            assertThat(db.outlets().all()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void resolvesByNameIgnoringCaseWhenTheHintHasNoDomain(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            Outlet created = db.outlets().resolve(outlet("Le Monde", null));
            Outlet again = db.outlets().resolve(outlet("  LE MONDE ", ""));

            assertThat(again.id()).isEqualTo(created.id());
            assertThat(created.domain()).isNull();
            assertThat(db.outlets().all()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anOutletWithoutDomainAdoptsTheFirstDomainGivenForItsName(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            Outlet byName = db.outlets().resolve(outlet("Reuters", null));
            Outlet byDomain = db.outlets().resolve(outlet("reuters", "reuters.com"));
            Outlet otherDomain = db.outlets().resolve(outlet("Reuters", "reuters.co.uk"));

            assertThat(byDomain.id()).isEqualTo(byName.id());
            assertThat(byDomain.domain()).isEqualTo("reuters.com");
            assertThat(otherDomain.id()).isNotEqualTo(byName.id());
            // By name, the oldest outlet of that name wins.
            assertThat(db.outlets().resolve(outlet("REUTERS", null)).id()).isEqualTo(byName.id());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aDeclaredStanceIsStoredOnlyWhileTheOutletHasNone(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            Rating declared = new Rating(-0.5, "AllSides (declared in import)");
            db.outlets().resolve(outlet("Left Daily", "left.example"));
            Outlet rated = db.outlets().resolve(new OutletHint("Left Daily", "left.example", declared));
            Outlet later = db.outlets().resolve(new OutletHint("Left Daily", "left.example", new Rating(0.9, "other")));

            assertThat(rated.stance()).isEqualTo(declared);
            assertThat(later.stance()).isEqualTo(declared);
            assertThat(db.outlets().find(rated.id()).orElseThrow().stance()).isEqualTo(declared);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void storesRatingsCountryAndFeeds(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long id = db.outlets().resolve(outlet("Right Times", "right.example")).id();
            Rating stance = new Rating(0.6, "Ad Fontes Media");
            Rating establishment = new Rating(-1, "Parallax editors");

            db.outlets().rate(id, stance, establishment);
            db.outlets().setCountry(id, "us");
            assertThat(db.outlets().addFeed(id, "https://right.example/rss")).isTrue();
            assertThat(db.outlets().addFeed(id, "https://right.example/rss")).isFalse();
            assertThat(db.outlets().addFeed(id, "https://right.example/atom")).isTrue();

            Outlet stored = db.outlets().find(id).orElseThrow();
            assertThat(stored.stance()).isEqualTo(stance);
            assertThat(stored.establishment()).isEqualTo(establishment);
            assertThat(stored.country()).isEqualTo("US");
            assertThat(stored.feeds()).containsExactly("https://right.example/rss", "https://right.example/atom");
            assertThat(db.outlets().all()).containsExactly(stored);

            db.outlets().rate(id, null, null);
            assertThat(db.outlets().find(id).orElseThrow().stance()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void listsAllOutletsByNameIgnoringCase(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            db.outlets().resolve(outlet("bravo", "b.example"));
            db.outlets().resolve(outlet("Charlie", null));
            db.outlets().resolve(outlet("Alpha", "a.example"));

            assertThat(db.outlets().all()).extracting(Outlet::name).containsExactly("Alpha", "bravo", "Charlie");
            assertThat(db.outlets().find(999_999)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aHintNeedsANameOrADomain(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            assertThatThrownBy(() -> db.outlets().resolve(outlet(" ", null)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(db.outlets().resolve(outlet("", "only-domain.example")).name()).isEqualTo("only-domain.example");
        }
    }
}
